package dyna.core.learning;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;

/**
 * One-step Q-learning: Q(S, A) ← Q(S, A) + α [R + γ max_a Q(S', a) − Q(S, A)], with no
 * bootstrap from a terminal S'. On linear values it is semi-gradient Q-learning: the step moves
 * w_A by α δ x(S), α per active feature.
 */
final class QLearning extends OneStepRule {


    QLearning(double alpha, double gamma) {
        super(alpha, gamma);
    }

    @Override
    public double target(ActionValues q, Transition t) {
        return t.terminated() ? t.reward() : t.reward() + gamma * q.max(t.nextFeatures());
    }
}
