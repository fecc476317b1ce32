package dyna.core.learning;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.UpdateRule;

/**
 * One-step Q-learning: Q(S, A) ← Q(S, A) + α [R + γ max_a Q(S', a) − Q(S, A)], with no
 * bootstrap from a terminal S'. On linear values it is semi-gradient Q-learning: the step moves
 * w_A by α δ x(S), α per active feature.
 */
final class QLearning implements UpdateRule {

    private final double alpha;
    private final double gamma;

    QLearning(double alpha, double gamma) {
        this.alpha = alpha;
        this.gamma = gamma;
    }

    @Override
    public double discount() {
        return gamma;
    }

    @Override
    public double target(ActionValues q, Transition t) {
        return t.terminated() ? t.reward() : t.reward() + gamma * q.max(t.nextFeatures());
    }

    @Override
    public double updateToward(ActionValues q, Transition t, double target) {
        double delta = target - q.value(t.features(), t.action());
        q.add(t.features(), t.action(), alpha * delta);
        return delta;
    }
}
