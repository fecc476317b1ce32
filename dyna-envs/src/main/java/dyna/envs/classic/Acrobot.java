package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.Simulator;
import dyna.api.env.Step;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The acrobot as Gymnasium's Acrobot-v1 gives it, with the book's dynamics (Sutton and Barto,
 * section 11.3 of the first edition; Gymnasium's "book" variant): two links of length 1 and mass
 * 1, centres of mass at 0.5, moments of inertia 1, g = 9.8; a torque of −1, 0 or +1 (actions 0,
 * 1, 2) on the joint between them; one fourth-order Runge-Kutta step of dt = 0.2 s per action;
 * then θ1 and θ2 wrapped into [−π, π] and the velocities bounded to ±4π and ±9π. The state is
 * (θ1, θ2, θ̇1, θ̇2); the observation is (cos θ1, sin θ1, cos θ2, sin θ2, θ̇1, θ̇2), rounded to
 * float as Gymnasium returns it. Terminated when −cos θ1 − cos(θ1 + θ2) > 1 (the tip above the
 * bar); reward −1 per step and 0 on the terminating one; truncated after {@code timeLimit} steps
 * (500). A start is uniform in [−0.1, 0.1) in every component of the state.
 */
final class Acrobot implements Environment, Simulator {

    static final double DT = 0.2;
    static final double MAX_VEL_1 = 4 * Math.PI;
    static final double MAX_VEL_2 = 9 * Math.PI;
    private static final double M1 = 1.0;
    private static final double M2 = 1.0;
    private static final double L1 = 1.0;
    private static final double LC1 = 0.5;
    private static final double LC2 = 0.5;
    private static final double I1 = 1.0;
    private static final double I2 = 1.0;
    private static final double G = 9.8;
    /**
     * Bounded as Gymnasium's {@code Box(dtype=np.float32)} is: at the velocity limits rounded to
     * float, which is what an observation of a clipped velocity, rounded to float, reaches
     * (float(4π) = 12.566370964... lies above 4π).
     */
    private static final Box OBSERVATIONS = new Box(
            new double[] {-1, -1, -1, -1, (float) -MAX_VEL_1, (float) -MAX_VEL_2},
            new double[] {1, 1, 1, 1, (float) MAX_VEL_1, (float) MAX_VEL_2})
            .named("cos theta1", "sin theta1", "cos theta2", "sin theta2", "theta1 velocity", "theta2 velocity");
    private static final Discrete ACTIONS = new Discrete(3);

    private final int timeLimit;
    private final double[] state = new double[4];
    private final double[][] k = new double[4][4];
    private final double[] y = new double[4];
    private final double[] simulated = new double[4];
    private SplittableRandom random = new SplittableRandom(0);
    private int steps;

    Acrobot(int timeLimit) {
        this.timeLimit = timeLimit;
    }

    @Override
    public Space observationSpace() {
        return OBSERVATIONS;
    }

    @Override
    public Discrete actionSpace() {
        return ACTIONS;
    }

    @Override
    public void reset(long seed, Step out) {
        random = new SplittableRandom(seed);
        reset(out);
    }

    @Override
    public void reset(Step out) {
        for (int i = 0; i < 4; i++) {
            state[i] = -0.1 + 0.2 * random.nextDouble();
        }
        steps = 0;
        write(state, out, 0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        checkAction(action);
        next(state, action - 1, state, k, y);
        steps++;
        boolean terminated = terminal(state);
        write(state, out, terminated ? 0.0 : -1.0, terminated, steps >= timeLimit);
    }

    @Override
    public Optional<Simulator> simulator() {
        return Optional.of(this);
    }

    /**
     * One step from the state the observation encodes (θ = atan2(sin θ, cos θ)); the observation
     * is rounded to float, so the result may differ from the episode's in the last digits.
     */
    @Override
    public void simulate(double[] observation, int action, RandomGenerator random, Step out) {
        checkAction(action);
        simulated[0] = Math.atan2(observation[1], observation[0]);
        simulated[1] = Math.atan2(observation[3], observation[2]);
        simulated[2] = observation[4];
        simulated[3] = observation[5];
        next(simulated, action - 1, simulated, k, y);
        boolean terminated = terminal(simulated);
        write(simulated, out, terminated ? 0.0 : -1.0, terminated, false);
    }

    private static void checkAction(int action) {
        if (action < 0 || action > 2) {
            throw new IllegalArgumentException("acrobot has actions 0, 1 and 2 (torque -1, 0, +1), not " + action);
        }
    }

    /**
     * One step from {@code s} = (θ1, θ2, θ̇1, θ̇2) under {@code torque}, into {@code out} (may be
     * s): RK4 over dt, then wrap and bound. {@code k} (4 × 4) and {@code y} (4) are scratch.
     */
    static void next(double[] s, double torque, double[] out, double[][] k, double[] y) {
        derivatives(s, torque, k[0]);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + DT / 2 * k[0][i];
        }
        derivatives(y, torque, k[1]);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + DT / 2 * k[1][i];
        }
        derivatives(y, torque, k[2]);
        for (int i = 0; i < 4; i++) {
            y[i] = s[i] + DT * k[2][i];
        }
        derivatives(y, torque, k[3]);
        for (int i = 0; i < 4; i++) {
            out[i] = s[i] + DT / 6.0 * (k[0][i] + 2 * k[1][i] + 2 * k[2][i] + k[3][i]);
        }
        out[0] = wrap(out[0], -Math.PI, Math.PI);
        out[1] = wrap(out[1], -Math.PI, Math.PI);
        out[2] = Math.min(Math.max(out[2], -MAX_VEL_1), MAX_VEL_1);
        out[3] = Math.min(Math.max(out[3], -MAX_VEL_2), MAX_VEL_2);
    }

    /** The book's equations of motion: (θ̇1, θ̇2, θ̈1, θ̈2) at {@code s} under torque a. */
    static void derivatives(double[] s, double a, double[] out) {
        double theta1 = s[0];
        double theta2 = s[1];
        double dtheta1 = s[2];
        double dtheta2 = s[3];
        double d1 = M1 * LC1 * LC1 + M2 * (L1 * L1 + LC2 * LC2 + 2 * L1 * LC2 * Math.cos(theta2)) + I1 + I2;
        double d2 = M2 * (LC2 * LC2 + L1 * LC2 * Math.cos(theta2)) + I2;
        double phi2 = M2 * LC2 * G * Math.cos(theta1 + theta2 - Math.PI / 2.0);
        double phi1 = -M2 * L1 * LC2 * dtheta2 * dtheta2 * Math.sin(theta2)
                - 2 * M2 * L1 * LC2 * dtheta2 * dtheta1 * Math.sin(theta2)
                + (M1 * LC1 + M2 * L1) * G * Math.cos(theta1 - Math.PI / 2) + phi2;
        double ddtheta2 = (a + d2 / d1 * phi1 - M2 * L1 * LC2 * dtheta1 * dtheta1 * Math.sin(theta2) - phi2)
                / (M2 * LC2 * LC2 + I2 - d2 * d2 / d1);
        double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
        out[0] = dtheta1;
        out[1] = dtheta2;
        out[2] = ddtheta1;
        out[3] = ddtheta2;
    }

    /** Wraps x into [m, M] by whole turns, as Gymnasium's {@code wrap}. */
    static double wrap(double x, double m, double big) {
        double diff = big - m;
        while (x > big) {
            x -= diff;
        }
        while (x < m) {
            x += diff;
        }
        return x;
    }

    /** Whether the tip is above the bar: −cos θ1 − cos(θ1 + θ2) > 1. */
    static boolean terminal(double[] s) {
        return -Math.cos(s[0]) - Math.cos(s[1] + s[0]) > 1.0;
    }

    private static void write(double[] state, Step out, double reward, boolean terminated, boolean truncated) {
        double[] o = out.observation();
        o[0] = (float) Math.cos(state[0]);
        o[1] = (float) Math.sin(state[0]);
        o[2] = (float) Math.cos(state[1]);
        o[3] = (float) Math.sin(state[1]);
        o[4] = (float) state[2];
        o[5] = (float) state[3];
        out.set(reward, terminated, truncated);
    }
}
