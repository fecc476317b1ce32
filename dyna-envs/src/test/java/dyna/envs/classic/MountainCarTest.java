package dyna.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.space.Discrete;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import org.junit.jupiter.api.Test;

/** Mountain Car's dynamics, as Sutton and Barto's section 10.1 states them, at and away from the bounds. */
class MountainCarTest {

    private static final double EPS = 1e-12;

    @Test
    void velocityAndPositionFollowTheBooksUpdateEquations() {
        double x = -0.5;
        double v = 0.01;
        double expectedV = v + 0.001 * 1 - 0.0025 * Math.cos(3 * x);
        assertArrayEquals(new double[] {x + expectedV, expectedV}, MountainCar.next(x, v, 1), EPS);
        double reverse = v - 0.001 - 0.0025 * Math.cos(3 * x);
        assertArrayEquals(new double[] {x + reverse, reverse}, MountainCar.next(x, v, -1), EPS);
        double coast = v - 0.0025 * Math.cos(3 * x);
        assertArrayEquals(new double[] {x + coast, coast}, MountainCar.next(x, v, 0), EPS);
    }

    @Test
    void velocityIsBoundedToPlusOrMinusSevenHundredths() {
        assertEquals(0.07, MountainCar.next(-0.5, 0.0699, 1)[1], EPS);
        assertEquals(-0.07, MountainCar.next(0.0, -0.0699, -1)[1], EPS);
    }

    @Test
    void atTheLeftBoundThePositionStopsAndTheVelocityIsReset() {
        double[] next = MountainCar.next(-1.19, -0.05, -1);
        assertEquals(-1.2, next[0], EPS);
        assertEquals(0.0, next[1], EPS);
    }

    @Test
    void reachingTheRightBoundEndsTheEpisodeWithRewardMinusOne() {
        assertEquals(0.5, MountainCar.next(0.49, 0.05, 1)[0], EPS);
        Environment car = new MountainCarProvider().create(Parameters.defaults(java.util.List.of()));
        Step step = new Step(2);
        car.reset(3, step);
        int steps = 0;
        // Rock: push with the velocity, which is the classic energy-pumping policy.
        while (!step.terminated() && steps < 10_000) {
            car.step(step.observation()[1] >= 0 ? 2 : 0, step);
            assertEquals(-1.0, step.reward());
            steps++;
        }
        assertTrue(step.terminated() && step.observation()[0] >= 0.5, "the pumping policy reaches the goal");
        assertTrue(steps < 200, "in " + steps + " steps");
    }

    @Test
    void anEpisodeStartsAtRestBetweenMinusSixAndMinusFourTenths() {
        Environment car = new MountainCarProvider().create(Parameters.defaults(java.util.List.of()));
        Step step = new Step(2);
        for (long seed = 0; seed < 200; seed++) {
            car.reset(seed, step);
            double x = step.observation()[0];
            assertTrue(x >= -0.6 && x < -0.4, "start " + x);
            assertEquals(0.0, step.observation()[1]);
            assertFalse(step.done());
            assertEquals(0.0, step.reward());
        }
        assertEquals(new Box(new double[] {-1.2, -0.07}, new double[] {0.5, 0.07}), car.observationSpace());
        assertEquals(new Discrete(3), car.actionSpace());
    }
}
