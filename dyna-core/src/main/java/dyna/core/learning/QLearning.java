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
    public double update(QTable q, int state, int action, double reward, int nextState, boolean terminated) {
        double delta = error(q, state, action, reward, nextState, terminated);
        q.add(state, action, alpha * delta);
        return delta;
    }

    @Override
    public double error(QTable q, int state, int action, double reward, int nextState, boolean terminated) {
        double target = terminated ? reward : reward + gamma * q.max(nextState);
        return target - q.get(state, action);
    }
}
