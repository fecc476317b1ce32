package dyna.experiment.agents;

import dyna.api.learning.ActionValues;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;

/**
 * The action values of every state of a discrete world, read once from an agent's values: the
 * state value max_a Q(s, a), the greedy actions, and whether anything was learned there (not
 * every action still at the same value).
 */
final class StateValues {

    private final double[][] q;

    /** Reads Q(s, ·) of every state of {@code states}. */
    StateValues(int states, ActionValues values, Features features) {
        this.q = new double[states][values.actions()];
        FeatureVector x = new FeatureVector(features.maxActive());
        double[] none = new double[0];
        for (int s = 0; s < states; s++) {
            features.encode(s, none, x);
            values.values(x, q[s]);
        }
    }

    /** The number of states. */
    int states() {
        return q.length;
    }

    /** V(s) = max_a Q(s, a). */
    double value(int state) {
        double best = q[state][0];
        for (double v : q[state]) {
            best = Math.max(best, v);
        }
        return best;
    }

    /**
     * Whether the actions of a state have different values, so that some are preferred; with a
     * single action, whether its value has moved from 0.
     */
    boolean learned(int state) {
        if (q[state].length == 1) {
            return q[state][0] != 0;
        }
        for (double v : q[state]) {
            if (v != q[state][0]) {
                return true;
            }
        }
        return false;
    }

    /** The actions of greatest value in a state, in order; none where nothing was learned. */
    int[] greedy(int state) {
        if (!learned(state)) {
            return new int[0];
        }
        double best = value(state);
        return java.util.stream.IntStream.range(0, q[state].length).filter(a -> q[state][a] == best).toArray();
    }

    /** Q(s, a). */
    double q(int state, int action) {
        return q[state][action];
    }
}
