package dyna.core.analysis;

import dyna.api.env.TransitionTable;
import dyna.api.learning.ActionValues;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.learning.QTable;

/**
 * How wrong an agent's values are, against the truth computed from a transition table: the
 * root-mean-square difference between max_a Q(s, a) and V*(s) over the states that have
 * outcomes (walls and terminal states left out), each weighted equally. For a world with one
 * action (a Markov reward process such as the Boyan chain) V* is the value of its only policy.
 */
public final class ValueError {

    private final TransitionTable table;
    private final double[] truth;
    private final boolean[] counted;
    private final FeatureVector x;
    private final double[] row;

    /**
     * The reference for one table and discount.
     *
     * @throws IllegalStateException when value iteration does not settle
     */
    public ValueError(TransitionTable table, double gamma, int maxActiveFeatures) {
        this.table = table;
        QTable optimal = ValueIteration.optimalValues(table, gamma, 1e-10);
        this.truth = new double[table.stateCount()];
        this.counted = new boolean[table.stateCount()];
        for (int s = 0; s < truth.length; s++) {
            truth[s] = optimal.max(s);
            for (int a = 0; a < table.actionCount(); a++) {
                counted[s] |= !table.outcomes(s, a).isEmpty();
            }
        }
        this.x = new FeatureVector(maxActiveFeatures);
        this.row = new double[table.actionCount()];
    }

    /** V*(s). */
    public double truth(int state) {
        return truth[state];
    }

    /** The RMSE of max_a Q(s, a) against V*(s), Q read through the agent's features. */
    public double of(ActionValues values, Features features) {
        double sum = 0;
        int n = 0;
        for (int s = 0; s < truth.length; s++) {
            if (!counted[s]) {
                continue;
            }
            features.encode(s, null, x);
            values.values(x, row);
            double best = row[0];
            for (int a = 1; a < row.length; a++) {
                best = Math.max(best, row[a]);
            }
            double d = best - truth[s];
            sum += d * d;
            n++;
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }

    /** The table the reference was computed from. */
    public TransitionTable table() {
        return table;
    }
}
