package dyna.core.features;

import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;

/** One-hot features of a discrete state: feature s is 1, every other 0. */
public final class OneHot implements Features {

    private final int states;

    /** One-hot features for {@code states} states. */
    public OneHot(int states) {
        this.states = states;
    }

    @Override
    public int size() {
        return states;
    }

    @Override
    public int maxActive() {
        return 1;
    }

    @Override
    public void encode(int state, double[] observation, FeatureVector out) {
        out.oneHot(state);
    }
}
