package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.Simulator;
import dyna.api.env.Step;
import dyna.api.space.Box;
import dyna.api.space.Space;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Mountain Car with a continuous throttle, as Gymnasium's MountainCarContinuous-v0 gives it: the
 * force is one box action in [−1, 1] (clipped), the goal is x ≥ 0.45 moving right, reward 100 there
 * minus 0.1 a² per step; dynamics as {@link ContinuousMountainCarDynamics}. The state is float32
 * between steps, as Gymnasium keeps it, except at a start: x uniform in [−0.6, −0.4) kept double
 * (Gymnasium's reset makes a float64 array), v = 0; the observation is the state rounded to float.
 * The observation box is Gymnasium's float32 box. An episode is truncated after {@code timeLimit}
 * steps (999, Gymnasium's registration).
 */
final class ContinuousMountainCar implements Environment, Simulator {

    private static final Box OBSERVATIONS = new Box(
            new double[] {(float) ContinuousMountainCarDynamics.MIN_POSITION, (float) -ContinuousMountainCarDynamics.MAX_SPEED},
            new double[] {(float) ContinuousMountainCarDynamics.MAX_POSITION, (float) ContinuousMountainCarDynamics.MAX_SPEED})
            .named("position", "velocity");
    private static final Box ACTIONS = new Box(new double[] {-1}, new double[] {1}).named("force");

    private final int timeLimit;
    private final double[] state = new double[2];
    private final double[] simulated = new double[2];
    private SplittableRandom random = new SplittableRandom(0);
    private int steps;

    ContinuousMountainCar(int timeLimit) {
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
        state[0] = -0.6 + 0.2 * random.nextDouble();
        state[1] = 0;
        steps = 0;
        out.observation()[0] = (float) state[0];
        out.observation()[1] = 0;
        out.set(0, false, false);
    }

    @Override
    public void step(double[] action, Step out) {
        checkAction(action);
        ContinuousMountainCarDynamics.step(state, action[0], state, out);
        steps++;
        out.set(out.reward(), out.terminated(), steps >= timeLimit);
    }

    /** Puts the episode under way at state {@code start} = (x, v), as Gymnasium's tests may set its {@code state}. */
    void startAt(double[] start) {
        System.arraycopy(start, 0, state, 0, 2);
    }

    @Override
    public Optional<Simulator> simulator() {
        return Optional.of(this);
    }

    /** One step from an observation, which is the state (float32, as between steps). */
    @Override
    public void simulate(double[] observation, double[] action, RandomGenerator random, Step out) {
        checkAction(action);
        ContinuousMountainCarDynamics.step(observation, action[0], simulated, out);
    }

    private static void checkAction(double[] action) {
        if (action.length != 1 || Double.isNaN(action[0])) {
            throw new IllegalArgumentException("mountain-car-continuous takes one force (clipped to [-1, 1]), not "
                    + java.util.Arrays.toString(action));
        }
    }
}
