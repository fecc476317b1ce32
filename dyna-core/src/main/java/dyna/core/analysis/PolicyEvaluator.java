package dyna.core.analysis;

import dyna.api.env.FlatTransitions;
import dyna.api.env.TransitionTable;
import dyna.api.learning.QTable;
import java.util.Arrays;

/**
 * Exact values of the greedy policy of a Q-table on a true transition table, by iterative
 * policy evaluation to a tolerance. The table is copied into flat arrays once, so that many
 * evaluations (one per checkpoint of a planning run) are cheap.
 */
public final class PolicyEvaluator {

    private final FlatTransitions table;
    private final double[] value;
    private final int[] policy;

    /** An evaluator for this table (its dynamics as they are now). */
    public PolicyEvaluator(TransitionTable table) {
        this.table = new FlatTransitions(table);
        this.value = new double[this.table.states()];
        this.policy = new int[this.table.states()];
    }

    /**
     * The value of {@code state} under the greedy policy of {@code values} (ties to the first
     * action), with discount {@code gamma}, to within {@code tolerance} between sweeps.
     *
     * @throws IllegalStateException when the values do not settle in 100,000 sweeps (a policy
     *                               that never ends with gamma = 1)
     */
    public double greedyValue(QTable values, int state, double gamma, double tolerance) {
        int states = table.states();
        for (int s = 0; s < states; s++) {
            policy[s] = TabularAnalysis.greedy(values, s);
        }
        Arrays.fill(value, 0.0);
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double change = 0;
            for (int s = 0; s < states; s++) {
                int pair = s * table.actions() + policy[s];
                double v = 0;
                for (int i = table.first(pair); i < table.end(pair); i++) {
                    v += table.probability(i) * (table.reward(i) + (table.terminal(i) ? 0 : gamma * value[table.next(i)]));
                }
                change = Math.max(change, Math.abs(v - value[s]));
                value[s] = v;
            }
            if (change < tolerance) {
                return value[state];
            }
        }
        throw new IllegalStateException("policy evaluation did not settle; does the greedy policy ever end?");
    }
}
