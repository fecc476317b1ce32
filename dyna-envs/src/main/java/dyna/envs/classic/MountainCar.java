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
 * Mountain Car exactly as Sutton and Barto's section 10.1 gives it: an underpowered car in a
 * valley must rock back and forth to reach the top of the right hill. The observation is
 * (position x, velocity v), x in [-1.2, 0.5], v in [-0.07, 0.07]; the actions are full reverse,
 * zero and full forward throttle (A = -1, 0, +1, as actions 0, 1, 2);
 * <pre>
 *   v ← bound(v + 0.001 A − 0.0025 cos(3x))
 *   x ← bound(x + v)
 * </pre>
 * at the left bound the velocity is set to 0; the reward is −1 per step, and the episode ends
 * when x reaches 0.5. An episode starts at x uniform in [−0.6, −0.4) with v = 0.
 */
final class MountainCar implements Environment, Simulator {

    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.5;
    static final double MAX_SPEED = 0.07;
    private static final Box OBSERVATIONS = new Box(new double[] {MIN_POSITION, -MAX_SPEED},
            new double[] {MAX_POSITION, MAX_SPEED}).named("position", "velocity");
    private static final Discrete ACTIONS = new Discrete(3);

    private SplittableRandom random = new SplittableRandom(0);
    private double position;
    private double velocity;

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
        position = -0.6 + 0.2 * random.nextDouble();
        velocity = 0;
        write(out, 0, false);
    }

    @Override
    public Optional<Simulator> simulator() {
        return Optional.of(this);
    }

    /** One step from the observation (x, v), which is the state. */
    @Override
    public void simulate(double[] observation, int action, RandomGenerator random, Step out) {
        checkAction(action);
        double v = nextVelocity(observation[0], observation[1], action - 1);
        double x = nextPosition(observation[0], v);
        out.observation()[0] = x;
        out.observation()[1] = x == MIN_POSITION ? 0 : v;
        out.set(-1, x >= MAX_POSITION, false);
    }

    private static void checkAction(int action) {
        if (action < 0 || action > 2) {
            throw new IllegalArgumentException("mountain-car has actions 0, 1 and 2, not " + action);
        }
    }

    @Override
    public void step(int action, Step out) {
        checkAction(action);
        velocity = nextVelocity(position, velocity, action - 1);
        position = nextPosition(position, velocity);
        if (position == MIN_POSITION) {
            velocity = 0;
        }
        write(out, -1, position >= MAX_POSITION);
    }

    /** One step of the book's dynamics from (x, v) under throttle {@code throttle} in {-1, 0, 1}, as (x, v). */
    static double[] next(double x, double v, int throttle) {
        double velocity = nextVelocity(x, v, throttle);
        double position = nextPosition(x, velocity);
        return new double[] {position, position == MIN_POSITION ? 0 : velocity};
    }

    /** v ← bound(v + 0.001 A − 0.0025 cos(3x)). */
    private static double nextVelocity(double x, double v, int throttle) {
        return bound(v + 0.001 * throttle - 0.0025 * Math.cos(3 * x), -MAX_SPEED, MAX_SPEED);
    }

    /** x ← bound(x + v), with the new v. */
    private static double nextPosition(double x, double velocity) {
        return bound(x + velocity, MIN_POSITION, MAX_POSITION);
    }

    private static double bound(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private void write(Step out, double reward, boolean terminated) {
        out.observation()[0] = position;
        out.observation()[1] = velocity;
        out.set(reward, terminated, false);
    }
}
