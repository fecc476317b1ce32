package dyna.testkit;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.SplittableRandom;

/**
 * A small world with box observations, to test a model of continuous dynamics with (as {@link
 * SlipperyCorridor} is for discrete states): a point on a track, one dimension. Action 1 moves it
 * 0.1 right, action 0 0.1 left, each with Gaussian noise of standard deviation 0.02; the reward is
 * −|x|; leaving [−1, 1] ends the episode, and 50 steps cut it short. An episode starts uniformly
 * in [−0.5, 0.5]. Observations lie in [−1.5, 1.5].
 */
public final class NoisyTrack implements Environment {

    private static final int TIME_LIMIT = 50;
    private SplittableRandom random = new SplittableRandom(0);
    private double x;
    private int steps;

    @Override
    public Space observationSpace() {
        return new Box(new double[] {-1.5}, new double[] {1.5});
    }

    @Override
    public Discrete actionSpace() {
        return new Discrete(2);
    }

    @Override
    public void reset(long seed, Step out) {
        random = new SplittableRandom(seed);
        reset(out);
    }

    @Override
    public void reset(Step out) {
        x = random.nextDouble() - 0.5;
        steps = 0;
        out.observation()[0] = x;
        out.set(0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        if (action < 0 || action > 1) {
            throw new IllegalArgumentException("the track has actions 0 and 1, not " + action);
        }
        x += (action == 1 ? 0.1 : -0.1) + 0.02 * random.nextGaussian();
        x = Math.max(-1.5, Math.min(1.5, x));
        steps++;
        boolean off = Math.abs(x) > 1;
        out.observation()[0] = x;
        out.set(-Math.abs(x), off, !off && steps >= TIME_LIMIT);
    }
}
