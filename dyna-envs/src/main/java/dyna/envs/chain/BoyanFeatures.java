package dyna.envs.chain;

import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;

/**
 * The Boyan chain's features: one per anchor state N − 1, N − 5, N − 9, ... (every 4th state from
 * the start down, while it is at least 0): an anchor's feature vector is its unit vector, and a
 * state between two anchors interpolates linearly between theirs. States below the last anchor
 * (state 0 for N = 98, which is terminal) have no active feature. 13 states give 4 features, 98
 * give 25, and V(s) = −2s is exactly representable: θ_k = −2 a_k.
 */
final class BoyanFeatures implements Features {

    private final int states;
    private final int anchors;

    BoyanFeatures(int states) {
        this.states = states;
        this.anchors = (states - 1) / 4 + 1;
    }

    @Override
    public int size() {
        return anchors;
    }

    @Override
    public int maxActive() {
        return 2;
    }

    /** The state of anchor {@code k}. */
    int anchor(int k) {
        return states - 1 - 4 * k;
    }

    @Override
    public void encode(int state, double[] observation, FeatureVector out) {
        out.clear();
        int fromTop = states - 1 - state;
        int k = fromTop / 4;
        int offset = fromTop % 4;
        if (k >= anchors) {
            return;
        }
        if (offset == 0) {
            out.add(k, 1.0);
        } else if (k + 1 < anchors) {
            out.add(k, 1 - offset / 4.0);
            out.add(k + 1, offset / 4.0);
        }
    }
}
