package dyna.envs.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Step;
import dyna.api.space.Box;
import org.junit.jupiter.api.Test;

/**
 * Pendulum-v1's spaces, starts and time limit, and continuous Mountain Car's, beside the
 * step-by-step comparison with Gymnasium ({@link GymnasiumStepsTest}).
 */
class PendulumTest {

    @Test
    void spacesAreGymnasiums() {
        Pendulum pendulum = new Pendulum(200);
        assertEquals(new Box(new double[] {-1, -1, -8}, new double[] {1, 1, 8}), pendulum.observationSpace());
        assertEquals(new Box(new double[] {-2}, new double[] {2}), pendulum.actionSpace());
        assertEquals("torque", pendulum.actionSpace().name(0));
        ContinuousMountainCar car = new ContinuousMountainCar(999);
        assertEquals(new Box(new double[] {(float) -1.2, (float) -0.07}, new double[] {(float) 0.6, (float) 0.07}),
                car.observationSpace());
        assertEquals(new Box(new double[] {-1}, new double[] {1}), car.actionSpace());
    }

    /** Starts cover θ in [−π, π] and θ̇ in [−1, 1], both signs and near both ends. */
    @Test
    void startsAreUniformOverTheirRanges() {
        Pendulum pendulum = new Pendulum(200);
        Step out = new Step(3);
        double lowest = 0;
        double highest = 0;
        double lowestSpeed = 0;
        double highestSpeed = 0;
        pendulum.reset(5, out);
        for (int i = 0; i < 2000; i++) {
            double theta = Math.atan2(out.observation()[1], out.observation()[0]);
            lowest = Math.min(lowest, theta);
            highest = Math.max(highest, theta);
            lowestSpeed = Math.min(lowestSpeed, out.observation()[2]);
            highestSpeed = Math.max(highestSpeed, out.observation()[2]);
            assertTrue(Math.abs(out.observation()[2]) <= 1, "speed " + out.observation()[2]);
            assertEquals(0, out.reward());
            assertFalse(out.done());
            pendulum.reset(out);
        }
        assertTrue(lowest < -3.1 && highest > 3.1, lowest + " to " + highest);
        assertTrue(lowestSpeed < -0.99 && highestSpeed > 0.99, lowestSpeed + " to " + highestSpeed);
    }

    @Test
    void episodesAreTruncatedAtTheTimeLimitAndNeverTerminate() {
        Pendulum pendulum = new Pendulum(200);
        Step out = new Step(3);
        pendulum.reset(1, out);
        double[] push = {2.0};
        for (int t = 1; t <= 200; t++) {
            pendulum.step(push, out);
            assertFalse(out.terminated());
            assertEquals(t == 200, out.truncated(), "step " + t);
        }
    }

    /** Torque beyond the bounds is clipped (as Gymnasium does), so it costs what the bound costs. */
    @Test
    void torqueBeyondTheBoundsIsClipped() {
        Step a = new Step(3);
        Step b = new Step(3);
        Pendulum one = new Pendulum(200);
        Pendulum two = new Pendulum(200);
        one.reset(3, a);
        two.reset(3, b);
        one.step(new double[] {7.5}, a);
        two.step(new double[] {2.0}, b);
        assertEquals(a.reward(), b.reward());
        assertEquals(a.observation()[2], b.observation()[2]);
    }

    @Test
    void aDiscreteActionOrAVectorOfTheWrongSizeIsRefusedInOneLine() {
        Pendulum pendulum = new Pendulum(200);
        Step out = new Step(3);
        pendulum.reset(1, out);
        String message = assertThrows(UnsupportedOperationException.class, () -> pendulum.step(1, out)).getMessage();
        assertTrue(message.contains("takes actions in box([-2.0], [2.0]), not the discrete action 1"), message);
        message = assertThrows(IllegalArgumentException.class, () -> pendulum.step(new double[] {1, 2}, out))
                .getMessage();
        assertEquals("pendulum takes one torque (clipped to [-2, 2]), not [1.0, 2.0]", message);
    }

    /** Pictures are drawn over the angle and speed that the observation is of. */
    @Test
    void itsStateCoordinatesAreTheAngleAndTheSpeed() {
        dyna.api.env.StateCoordinates coordinates = new Pendulum(200).stateCoordinates().orElseThrow();
        assertEquals(new Box(new double[] {-Math.PI, -8}, new double[] {Math.PI, 8}), coordinates.coordinates());
        double[] observation = new double[3];
        coordinates.observe(new double[] {0, 1.5}, observation);
        assertEquals(java.util.List.of(1.0, 0.0, 1.5), java.util.Arrays.stream(observation).boxed().toList());
        coordinates.observe(new double[] {Math.PI / 2, -2}, observation);
        assertEquals(0, observation[0], 1e-7);
        assertEquals(1, observation[1], 0);
    }
}
