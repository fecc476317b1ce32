package dyna.core.learning;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.Policy;

/**
 * Expected Sarsa (Sutton and Barto, section 6.6): Q(S, A) ← Q(S, A) + α [R + γ Σ_a π(a|S') Q(S', a)
 * − Q(S, A)], the expectation taken under the agent's behaviour policy; no bootstrap from a
 * terminal S'. With a greedy policy it is Q-learning.
 */
final class ExpectedSarsa extends OneStepRule {

    private final Policy policy;
    private final double[] row;
    private final double[] probabilities;

    ExpectedSarsa(double alpha, double gamma, Policy policy, int actions) {
        super(alpha, gamma);
        this.policy = policy;
        this.row = new double[actions];
        this.probabilities = new double[actions];
    }

    @Override
    public double target(ActionValues q, Transition t) {
        if (t.terminated()) {
            return t.reward();
        }
        q.values(t.nextFeatures(), row);
        policy.probabilities(row, probabilities);
        double expected = 0;
        for (int a = 0; a < row.length; a++) {
            expected += probabilities[a] * row[a];
        }
        return t.reward() + gamma * expected;
    }
}
