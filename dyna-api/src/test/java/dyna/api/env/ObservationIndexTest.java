package dyna.api.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ObservationIndexTest {

    @Test
    void numbersDistinctObservationsInOrderOfFirstSightThroughGrowth() {
        ObservationIndex index = new ObservationIndex(2);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, index.add(new double[] {i * 0.001, -i}));
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, index.find(new double[] {i * 0.001, -i}));
            assertEquals(i, index.add(new double[] {i * 0.001, -i}), "adding again gives the same number");
        }
        assertEquals(1000, index.size());
        assertEquals(-1, index.find(new double[] {0.0005, 0}));
        double[] out = new double[2];
        index.copy(7, out);
        assertArrayEquals(new double[] {0.007, -7}, out);
    }
}
