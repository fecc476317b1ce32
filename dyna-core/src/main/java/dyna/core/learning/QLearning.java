package dyna.core.learning;

import dyna.api.learning.QTable;
import dyna.api.learning.UpdateRule;

/**
 * One-step tabular Q-learning:
 * Q(s, a) ← Q(s, a) + α [r + γ max_a' Q(s', a') − Q(s, a)], with no bootstrap from a
 * terminal s'.
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
    public double target(QTable q, double reward, int nextState, boolean terminated) {
        return terminated ? reward : reward + gamma * q.max(nextState);
    }

    @Override
    public double updateToward(QTable q, int state, int action, double target) {
        double delta = target - q.get(state, action);
        q.add(state, action, alpha * delta);
        return delta;
    }
}
