package dyna.testkit;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.SplittableRandom;

/**
 * A small stochastic world to check models in ({@link ModelChecker}): states 0 to n − 1 in a
 * row, start at 0; action 1 moves right and action 0 left (not past 0), each with probability
 * 0.8, else the agent stays; reaching n − 1 ends the episode with reward 1, every other step
 * gives 0. Pairs have one or two outcomes, so distributions are tested too.
 */
public final class SlipperyCorridor implements Environment {

    private final int length;
    private SplittableRandom random = new SplittableRandom(0);
    private int state;

    /** A corridor of {@code length} states, at least 2. */
    public SlipperyCorridor(int length) {
        if (length < 2) {
            throw new IllegalArgumentException("a corridor needs at least 2 states, not " + length);
        }
        this.length = length;
    }

    @Override
    public Space observationSpace() {
        return new Discrete(length);
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
        state = 0;
        out.set(0, 0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        if (action < 0 || action > 1) {
            throw new IllegalArgumentException("the corridor has actions 0 and 1, not " + action);
        }
        if (random.nextDouble() < 0.8) {
            state = action == 1 ? state + 1 : Math.max(0, state - 1);
        }
        boolean end = state == length - 1;
        out.set(state, end ? 1 : 0, end, false);
    }
}
