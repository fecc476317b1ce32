package dyna.core.learning;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.UpdateRule;

/**
 * What the one-step rules share: a step size α and a discount γ, and the semi-gradient step
 * Q(S, A) ← Q(S, A) + α [target − Q(S, A)] (on linear values w_A ← w_A + α δ x(S), α per active
 * feature). A rule says only what its target is.
 */
abstract class OneStepRule implements UpdateRule {

    final double alpha;
    final double gamma;

    OneStepRule(double alpha, double gamma) {
        this.alpha = alpha;
        this.gamma = gamma;
    }

    @Override
    public final double discount() {
        return gamma;
    }

    @Override
    public final double updateToward(ActionValues q, Transition t, double target) {
        double delta = target - q.value(t.features(), t.action());
        q.add(t.features(), t.action(), alpha * delta);
        return delta;
    }
}
