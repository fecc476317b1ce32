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
 * Cart-pole as Gymnasium's CartPole-v1 gives it (after Barto, Sutton and Anderson 1983): a pole
 * hinged on a cart that is pushed left (action 0) or right (action 1) with a force of 10 N.
 * Gravity 9.8, cart mass 1.0, pole mass 0.1, half-length 0.5, τ = 0.02 s, explicit Euler:
 * <pre>
 *   temp   = (F + m_p l θ̇² sin θ) / (m_c + m_p)
 *   θ̈      = (g sin θ − cos θ · temp) / (l (4/3 − m_p cos² θ / (m_c + m_p)))
 *   ẍ      = temp − m_p l θ̈ cos θ / (m_c + m_p)
 *   x ← x + τ ẋ,  ẋ ← ẋ + τ ẍ,  θ ← θ + τ θ̇,  θ̇ ← θ̇ + τ θ̈
 * </pre>
 * The observation is (x, ẋ, θ, θ̇), each rounded to float as Gymnasium returns it (the state
 * itself stays double). Reward +1 per step, the terminating step included; terminated when
 * |x| > 2.4 or |θ| > 12°; truncated after {@code timeLimit} steps (500). A start is uniform in
 * [−0.05, 0.05) in every component. The observation space is Gymnasium's: ±4.8, ±∞, ±24°, ±∞.
 */
final class CartPole implements Environment, Simulator {

    static final double GRAVITY = 9.8;
    static final double CART_MASS = 1.0;
    static final double POLE_MASS = 0.1;
    static final double TOTAL_MASS = CART_MASS + POLE_MASS;
    static final double HALF_LENGTH = 0.5;
    static final double POLE_MASS_LENGTH = POLE_MASS * HALF_LENGTH;
    static final double FORCE = 10.0;
    static final double TAU = 0.02;
    static final double X_THRESHOLD = 2.4;
    static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;
    private static final Box OBSERVATIONS = new Box(
            new double[] {-2 * X_THRESHOLD, Double.NEGATIVE_INFINITY, -2 * THETA_THRESHOLD, Double.NEGATIVE_INFINITY},
            new double[] {2 * X_THRESHOLD, Double.POSITIVE_INFINITY, 2 * THETA_THRESHOLD, Double.POSITIVE_INFINITY})
            .named("cart position", "cart velocity", "pole angle", "pole angular velocity");
    private static final Discrete ACTIONS = new Discrete(2);

    private final int timeLimit;
    private final double[] state = new double[4];
    private SplittableRandom random = new SplittableRandom(0);
    private int steps;

    CartPole(int timeLimit) {
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
        for (int k = 0; k < 4; k++) {
            state[k] = -0.05 + 0.1 * random.nextDouble();
        }
        steps = 0;
        write(out, 0, false, false);
    }

    @Override
    public Optional<Simulator> simulator() {
        return Optional.of(this);
    }

    /** One step from the observation taken as the state (it is rounded to float, so the result may differ from the episode's in the last digits). */
    @Override
    public void simulate(double[] observation, int action, RandomGenerator random, Step out) {
        checkAction(action);
        double[] s = out.observation();
        System.arraycopy(observation, 0, s, 0, 4);
        next(s, action, s);
        boolean terminated = terminal(s);
        for (int k = 0; k < 4; k++) {
            s[k] = (float) s[k];
        }
        out.set(1.0, terminated, false);
    }

    @Override
    public void step(int action, Step out) {
        checkAction(action);
        next(state, action, state);
        steps++;
        write(out, 1.0, terminal(state), steps >= timeLimit);
    }

    private static void checkAction(int action) {
        if (action < 0 || action > 1) {
            throw new IllegalArgumentException("cart-pole has actions 0 (push left) and 1 (push right), not " + action);
        }
    }

    /** One Euler step of Gymnasium's dynamics from {@code s} = (x, ẋ, θ, θ̇) under {@code action}, into {@code out} (may be s). */
    static void next(double[] s, int action, double[] out) {
        double x = s[0];
        double xDot = s[1];
        double theta = s[2];
        double thetaDot = s[3];
        double force = action == 1 ? FORCE : -FORCE;
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sin - cos * temp)
                / (HALF_LENGTH * (4.0 / 3.0 - POLE_MASS * cos * cos / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
        out[0] = x + TAU * xDot;
        out[1] = xDot + TAU * xAcc;
        out[2] = theta + TAU * thetaDot;
        out[3] = thetaDot + TAU * thetaAcc;
    }

    /** Whether the cart left the track or the pole fell past 12°. */
    static boolean terminal(double[] s) {
        return s[0] < -X_THRESHOLD || s[0] > X_THRESHOLD || s[2] < -THETA_THRESHOLD || s[2] > THETA_THRESHOLD;
    }

    private void write(Step out, double reward, boolean terminated, boolean truncated) {
        for (int k = 0; k < 4; k++) {
            out.observation()[k] = (float) state[k];
        }
        out.set(reward, terminated, truncated);
    }
}
