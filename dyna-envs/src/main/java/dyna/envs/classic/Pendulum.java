package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.Simulator;
import dyna.api.env.StateCoordinates;
import dyna.api.env.Step;
import dyna.api.space.Box;
import dyna.api.space.Space;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The inverted pendulum swing-up as Gymnasium's Pendulum-v1 gives it: a pendulum on a frictionless
 * pivot, started at a random angle, must be swung up and held upright with a torque in [−2, 2]
 * (one box action, clipped). Its dynamics and reward are {@link PendulumDynamics}'s; the
 * observation is (cos θ, sin θ, θ̇) rounded to float, the state (θ, θ̇) stays double. A start is θ
 * uniform in [−π, π], θ̇ uniform in [−1, 1]. It never terminates; an episode is truncated after
 * {@code timeLimit} steps (200, Gymnasium's registration).
 */
final class Pendulum implements Environment, Simulator, StateCoordinates {

    private static final Box OBSERVATIONS = new Box(new double[] {-1, -1, -PendulumDynamics.MAX_SPEED},
            new double[] {1, 1, PendulumDynamics.MAX_SPEED}).named("cos theta", "sin theta", "angular velocity");
    private static final Box ANGLE_AND_SPEED = new Box(new double[] {-Math.PI, -PendulumDynamics.MAX_SPEED},
            new double[] {Math.PI, PendulumDynamics.MAX_SPEED}).named("angle", "angular velocity");
    private static final Box ACTIONS = new Box(new double[] {-PendulumDynamics.MAX_TORQUE},
            new double[] {PendulumDynamics.MAX_TORQUE}).named("torque");

    private final int timeLimit;
    private final double[] state = new double[2];
    private final double[] simulated = new double[2];
    private SplittableRandom random = new SplittableRandom(0);
    private int steps;

    Pendulum(int timeLimit) {
        this.timeLimit = timeLimit;
    }

    @Override
    public Space observationSpace() {
        return OBSERVATIONS;
    }

    @Override
    public Box actionSpace() {
        return ACTIONS;
    }

    @Override
    public void reset(long seed, Step out) {
        random = new SplittableRandom(seed);
        reset(out);
    }

    @Override
    public void reset(Step out) {
        state[0] = -Math.PI + 2 * Math.PI * random.nextDouble();
        state[1] = -1 + 2 * random.nextDouble();
        steps = 0;
        PendulumDynamics.observe(state, out.observation());
        out.set(0, false, false);
    }

    @Override
    public void step(double[] action, Step out) {
        checkAction(action);
        PendulumDynamics.step(state, action[0], state, out);
        steps++;
        out.set(out.reward(), false, steps >= timeLimit);
    }

    /** Puts the episode under way at state {@code start} = (θ, θ̇), as Gymnasium's tests may set its {@code state}. */
    void startAt(double[] start) {
        System.arraycopy(start, 0, state, 0, 2);
    }

    @Override
    public Optional<Simulator> simulator() {
        return Optional.of(this);
    }

    /** The angle θ (0 upright) and speed θ̇ that the observation (cos θ, sin θ, θ̇) is of. */
    @Override
    public Optional<StateCoordinates> stateCoordinates() {
        return Optional.of(this);
    }

    @Override
    public Box coordinates() {
        return ANGLE_AND_SPEED;
    }

    @Override
    public void observe(double[] point, double[] observation) {
        PendulumDynamics.observe(point, observation);
    }

    /**
     * One step from an observation (cos θ, sin θ, θ̇), taken as the state θ = atan2(sin θ, cos θ):
     * the observation is rounded to float, so the outcome and reward may differ from the
     * episode's in the last float digits.
     */
    @Override
    public void simulate(double[] observation, double[] action, RandomGenerator random, Step out) {
        checkAction(action);
        simulated[0] = Math.atan2(observation[1], observation[0]);
        simulated[1] = observation[2];
        PendulumDynamics.step(simulated, action[0], simulated, out);
    }

    private static void checkAction(double[] action) {
        if (action.length != 1 || Double.isNaN(action[0])) {
            throw new IllegalArgumentException("pendulum takes one torque (clipped to [-2, 2]), not "
                    + java.util.Arrays.toString(action));
        }
    }
}
