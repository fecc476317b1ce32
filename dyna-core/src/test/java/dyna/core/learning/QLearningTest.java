package dyna.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.learning.QTable;
import org.junit.jupiter.api.Test;

class QLearningTest {

    private final QLearning rule = new QLearning(0.5, 0.9);

    @Test
    void movesTowardRewardPlusDiscountedBestNextValue() {
        QTable q = new QTable(2, 2);
        q.set(0, 0, 1.0);
        q.set(1, 0, 2.0);
        q.set(1, 1, 4.0);
        double delta = rule.update(q, 0, 0, 1.0, 1, false);
        assertEquals(1.0 + 0.9 * 4.0 - 1.0, delta, 1e-12);
        assertEquals(1.0 + 0.5 * delta, q.get(0, 0), 1e-12);
    }

    @Test
    void doesNotBootstrapFromATerminalState() {
        QTable q = new QTable(2, 1);
        q.set(1, 0, 100.0);
        rule.update(q, 0, 0, 1.0, 1, true);
        assertEquals(0.5, q.get(0, 0), 1e-12);
    }

    @Test
    void errorDoesNotChangeTheValues() {
        QTable q = new QTable(2, 1);
        assertEquals(1.0, rule.error(q, 0, 0, 1.0, 1, false));
        assertEquals(0.0, q.get(0, 0));
    }
}
