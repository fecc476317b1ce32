package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.planning.SearchControl;
import java.util.random.RandomGenerator;

/**
 * Linear Dyna's search control that replays: each planning update starts from the feature
 * vector of a uniformly random stored real observation, with the action taken there. Keeps the
 * last {@code capacity} real starts in a ring; the vectors are allocated while the ring fills,
 * and reused after.
 */
final class ReplayedFeatures implements SearchControl {

    private final FeatureVector[] stored;
    private final int[] actions;
    private final RandomGenerator random;
    private int size;
    private int next;

    ReplayedFeatures(int capacity, RandomGenerator random) {
        this.stored = new FeatureVector[capacity];
        this.actions = new int[capacity];
        this.random = random;
    }

    @Override
    public void observe(Transition real) {
        if (stored[next] == null) {
            stored[next] = new FeatureVector(real.features().capacity());
        }
        stored[next].copyFrom(real.features());
        actions[next] = real.action();
        next = (next + 1) % stored.length;
        size = Math.min(size + 1, stored.length);
    }

    @Override
    public boolean next(Transition start) {
        if (size == 0) {
            return false;
        }
        int k = random.nextInt(size);
        start.start(-1, actions[k]);
        start.features().copyFrom(stored[k]);
        return true;
    }
}
