package dyna.core.learning;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.Policy;
import dyna.api.learning.UpdateRule;

/**
 * Expected Sarsa (Sutton and Barto, section 6.6): Q(S, A) ← Q(S, A) + α [R + γ Σ_a π(a|S') Q(S', a)
 * − Q(S, A)], the expectation taken under the agent's behaviour policy; no bootstrap from a
 * terminal S'. With a greedy policy it is Q-learning.
 */
final class ExpectedSarsa implements UpdateRule {

    private final double alpha;
    private final double gamma;
    private final Policy policy;
    private final double[] row;
    private final double[] probabilities;

    ExpectedSarsa(double alpha, double gamma, Policy policy, int actions) {
        this.alpha = alpha;
        this.gamma = gamma;
        this.policy = policy;
        this.row = new double[actions];
        this.probabilities = new double[actions];
    }

    @Override
    public double discount() {
        return gamma;
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

    @Override
    public double updateToward(ActionValues q, Transition t, double target) {
        double delta = target - q.value(t.features(), t.action());
        q.add(t.features(), t.action(), alpha * delta);
        return delta;
    }
}
