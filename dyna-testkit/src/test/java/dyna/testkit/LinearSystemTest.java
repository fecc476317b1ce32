package dyna.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinearSystemTest {

    @Test
    void solvesASystemThatNeedsPivotingAndLeavesItsArgumentsAlone() {
        double[][] m = {{0, 2, 1}, {1, 1, 0}, {3, 0, 1}};
        double[] rhs = {7, 3, 6};
        double[] x = LinearSystem.solve(m, rhs);
        assertArrayEquals(new double[] {1, 2, 3}, x, 1e-12);
        assertArrayEquals(new double[] {0, 2, 1}, m[0]);
        assertArrayEquals(new double[] {7, 3, 6}, rhs);
    }

    @Test
    void refusesASingularMatrixAndMismatchedShapes() {
        assertThrows(IllegalArgumentException.class,
                () -> LinearSystem.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> LinearSystem.solve(new double[][] {{1, 2}}, new double[] {1, 2}));
    }
}
