package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.planning.SearchControl;
import java.util.random.RandomGenerator;

/**
 * Starts from recent real experience, as MBPO starts its model rollouts: a ring buffer of the
 * starts (state or observation, and action) of the last {@code window} real transitions, one
 * of which is drawn uniformly for each planning update. Works with discrete and box
 * observations; the pair drawn is one the model has seen.
 */
final class RecentStates implements SearchControl {

    private final int[] states;
    private final int[] actions;
    private final double[][] observations;
    private final RandomGenerator random;
    private int size;
    private int nextSlot;

    RecentStates(int window, int dimensions, RandomGenerator random) {
        this.states = new int[window];
        this.actions = new int[window];
        this.observations = new double[dimensions == 0 ? 0 : window][dimensions];
        this.random = random;
    }

    @Override
    public void observe(Transition real) {
        states[nextSlot] = real.state();
        actions[nextSlot] = real.action();
        if (observations.length > 0) {
            System.arraycopy(real.observation(), 0, observations[nextSlot], 0, real.dimensions());
        }
        nextSlot = nextSlot + 1 == states.length ? 0 : nextSlot + 1;
        size = Math.min(size + 1, states.length);
    }

    @Override
    public boolean next(Transition start) {
        if (size == 0) {
            return false;
        }
        int i = random.nextInt(size);
        if (observations.length > 0) {
            start.start(observations[i], actions[i]);
        } else {
            start.start(states[i], actions[i]);
        }
        return true;
    }
}
