package dyna.core.analysis;

import dyna.api.env.Outcome;
import dyna.api.env.TransitionTable;
import dyna.api.learning.QTable;
import java.util.List;

/**
 * Exact values of the greedy policy of a Q-table on a true transition table, by iterative
 * policy evaluation to a tolerance. The table is copied into flat arrays once, so that many
 * evaluations (one per checkpoint of a planning run) are cheap.
 */
public final class PolicyEvaluator {

    private final int states;
    private final int actions;
    private final int[] first;
    private final int[] next;
    private final double[] reward;
    private final boolean[] terminal;
    private final double[] probability;
    private final double[] value;

    /** An evaluator for this table (its dynamics as they are now). */
    public PolicyEvaluator(TransitionTable table) {
        this.states = table.stateCount();
        this.actions = table.actionCount();
        this.first = new int[states * actions + 1];
        int total = 0;
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < actions; a++) {
                total += table.outcomes(s, a).size();
            }
        }
        this.next = new int[total];
        this.reward = new double[total];
        this.terminal = new boolean[total];
        this.probability = new double[total];
        int i = 0;
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < actions; a++) {
                first[s * actions + a] = i;
                List<Outcome> outcomes = table.outcomes(s, a);
                for (Outcome o : outcomes) {
                    next[i] = o.nextState();
                    reward[i] = o.reward();
                    terminal[i] = o.terminated();
                    probability[i] = o.probability();
                    i++;
                }
            }
        }
        first[states * actions] = i;
        this.value = new double[states];
    }

    /**
     * The value of {@code state} under the greedy policy of {@code values} (ties to the first
     * action), with discount {@code gamma}, to within {@code tolerance} between sweeps.
     *
     * @throws IllegalStateException when the values do not settle in 100,000 sweeps (a policy
     *                               that never ends with gamma = 1)
     */
    public double greedyValue(QTable values, int state, double gamma, double tolerance) {
        int[] policy = new int[states];
        for (int s = 0; s < states; s++) {
            policy[s] = TabularAnalysis.greedy(values, s);
        }
        java.util.Arrays.fill(value, 0.0);
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double change = 0;
            for (int s = 0; s < states; s++) {
                int pair = s * actions + policy[s];
                double v = 0;
                for (int i = first[pair]; i < first[pair + 1]; i++) {
                    v += probability[i] * (reward[i] + (terminal[i] ? 0 : gamma * value[next[i]]));
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
