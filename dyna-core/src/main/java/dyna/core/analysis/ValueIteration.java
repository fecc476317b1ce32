package dyna.core.analysis;

import dyna.api.env.FlatTransitions;
import dyna.api.env.TransitionTable;
import dyna.api.learning.QTable;

/**
 * The optimal action values of a true transition table, by value iteration:
 * Q*(s, a) = Σ p(s', r | s, a) [r + γ max_a' Q*(s', a')], no bootstrap past a terminal
 * transition. The reference against which learned values and models are checked.
 */
public final class ValueIteration {

    private ValueIteration() {
    }

    /**
     * Q* to within {@code tolerance} between sweeps.
     *
     * @throws IllegalStateException when the values do not settle in 100,000 sweeps (γ = 1 in a
     *                               task that need not end)
     */
    public static QTable optimalValues(TransitionTable transitions, double gamma, double tolerance) {
        FlatTransitions table = new FlatTransitions(transitions);
        int actions = table.actions();
        QTable q = new QTable(table.states(), actions);
        double[] best = new double[table.states()];
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double change = 0;
            for (int s = 0; s < table.states(); s++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < actions; a++) {
                    int pair = s * actions + a;
                    double value = 0;
                    for (int i = table.first(pair); i < table.end(pair); i++) {
                        value += table.probability(i)
                                * (table.reward(i) + (table.terminal(i) ? 0 : gamma * best[table.next(i)]));
                    }
                    change = Math.max(change, Math.abs(value - q.get(s, a)));
                    q.set(s, a, value);
                    max = Math.max(max, value);
                }
                best[s] = max;
            }
            if (change < tolerance) {
                return q;
            }
        }
        throw new IllegalStateException("value iteration did not settle in 100,000 sweeps; does every policy end?");
    }
}
