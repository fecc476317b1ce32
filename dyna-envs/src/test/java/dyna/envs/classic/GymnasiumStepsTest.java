package dyna.envs.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pendulum-v1's and MountainCarContinuous-v0's dynamics against Gymnasium's own code: the
 * resources are what {@code scripts/gymnasium/reference_steps.py} printed running Gymnasium's
 * source (3 start states each, 40 steps of float64 actions sweeping past the bounds, one
 * trajectory reaching the mountain car's goal; NumPy 1.24). Each step starts from Gymnasium's
 * state before it, so that what is compared is one step's arithmetic, as the Acrobot and
 * CartPole comparisons did: every state, observation and reward must agree to 4e-16 relative,
 * terminated exactly.
 */
class GymnasiumStepsTest {

    /** One step of a task's dynamics. */
    private interface Dynamics {
        void step(double[] state, double action, double[] next, Step out);
    }

    @Test
    void pendulumStepsAsGymnasiumDoes() throws IOException {
        int steps = compare("pendulum-gymnasium.txt", 3, false, PendulumDynamics::step);
        assertEquals(120, steps);
    }

    @Test
    void continuousMountainCarStepsAsGymnasiumDoes() throws IOException {
        int steps = compare("mountain-car-continuous-gymnasium.txt", 2, true, ContinuousMountainCarDynamics::step);
        assertTrue(steps > 80, steps + " steps compared");
    }

    /**
     * Whole episodes of the environments against {@code gym.make}'s (its time limit included),
     * from the same float64 start, with actions past the bounds: observations (float) equal bit
     * for bit over every step, terminated and truncated exactly (the mountain car reaches its goal
     * in one episode and is truncated at 999 steps in the other; the pendulum is truncated at
     * 200). Rewards to 1e-11 relative: they are computed from the double state, in which 200
     * steps of a spinning pendulum grow last-digit differences of {@code sin} between the JDK and
     * NumPy's C library (measured: at most 4.5e-12; the mountain car's 2e-18).
     */
    @Test
    void wholeEpisodesAreGymnasiumsToTheBit() throws IOException {
        assertEquals(400, compareEpisodes("pendulum-gymnasium-episode.txt", new Pendulum(200), 3,
                (env, start) -> ((Pendulum) env).startAt(start)));
        assertEquals(1107, compareEpisodes("mountain-car-continuous-gymnasium-episode.txt",
                new ContinuousMountainCar(999), 2, (env, start) -> ((ContinuousMountainCar) env).startAt(start)));
    }

    private static int compareEpisodes(String resource, Environment env, int dimensions,
            java.util.function.BiConsumer<Environment, double[]> startAt) throws IOException {
        Step out = new Step(dimensions);
        double[] action = new double[1];
        int compared = 0;
        for (String line : lines(resource)) {
            String[] v = line.split(" ");
            if (line.startsWith("#")) {
                continue;
            }
            if (v[0].equals("start")) {
                env.reset(0, out);
                startAt.accept(env, new double[] {Double.parseDouble(v[1]), Double.parseDouble(v[2])});
                continue;
            }
            action[0] = Double.parseDouble(v[0]);
            env.step(action, out);
            String where = resource + ", step " + compared + ": " + line;
            for (int i = 0; i < dimensions; i++) {
                assertEquals(Double.parseDouble(v[1 + i]), out.observation()[i], 0, "observation " + i + ", " + where);
            }
            double reward = Double.parseDouble(v[1 + dimensions]);
            assertEquals(reward, out.reward(), 1e-11 * Math.max(1, Math.abs(reward)), "reward, " + where);
            assertEquals(Boolean.parseBoolean(v[2 + dimensions].toLowerCase(java.util.Locale.ROOT)), out.terminated(),
                    "terminated, " + where);
            assertEquals(Boolean.parseBoolean(v[3 + dimensions].toLowerCase(java.util.Locale.ROOT)), out.truncated(),
                    "truncated, " + where);
            compared++;
        }
        return compared;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = GymnasiumStepsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The angle is normalised with NumPy's floored modulo: into [−π, π) from either side. */
    @Test
    void anglesNormaliseIntoMinusPiToPi() {
        assertEquals(-Math.PI, PendulumDynamics.angleNormalize(Math.PI), 1e-15);
        assertEquals(Math.PI - 0.5, PendulumDynamics.angleNormalize(-Math.PI - 0.5), 1e-15);
        assertEquals(0.25, PendulumDynamics.angleNormalize(0.25 + 4 * Math.PI), 1e-14);
        assertEquals(-0.25, PendulumDynamics.angleNormalize(-0.25 - 6 * Math.PI), 1e-14);
    }

    private static int compare(String resource, int dimensions, boolean float32State, Dynamics dynamics)
            throws IOException {
        List<String> lines = lines(resource);
        double[] state = new double[2];
        Step out = new Step(dimensions);
        int compared = 0;
        for (String line : lines) {
            String[] v = line.split(" ");
            if (line.startsWith("#")) {
                continue;
            }
            if (v[0].equals("start")) {
                for (int i = 0; i < 2; i++) {
                    double value = Double.parseDouble(v[1 + i]);
                    state[i] = float32State ? (float) value : value;
                }
                continue;
            }
            dynamics.step(state, Double.parseDouble(v[0]), state, out);
            String where = resource + ", step " + compared + ": " + line;
            for (int i = 0; i < 2; i++) {
                close(Double.parseDouble(v[1 + i]), state[i], "state " + i + ", " + where);
                state[i] = Double.parseDouble(v[1 + i]);   // the next step starts from Gymnasium's state
            }
            for (int i = 0; i < dimensions; i++) {
                close(Double.parseDouble(v[3 + i]), out.observation()[i], "observation " + i + ", " + where);
            }
            close(Double.parseDouble(v[3 + dimensions]), out.reward(), "reward, " + where);
            assertEquals(Boolean.parseBoolean(v[4 + dimensions].toLowerCase(java.util.Locale.ROOT)), out.terminated(), where);
            compared++;
        }
        return compared;
    }

    private static void close(double expected, double actual, String where) {
        assertEquals(expected, actual, 4e-16 * Math.max(1, Math.abs(expected)), where);
    }
}
