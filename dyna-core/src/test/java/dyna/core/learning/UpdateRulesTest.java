package dyna.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.learning.QTable;
import dyna.api.learning.UpdateRule;
import dyna.api.learning.UpdateRuleProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UpdateRulesTest {

    private final QLearning qLearning = new QLearning(0.5, 0.9);

    /** (s, a, r, s', terminated) with one-hot features of s and s', as the agent writes them. */
    private static Transition t(int s, int a, double r, int next, boolean terminated) {
        Transition t = new Transition().start(s, a).outcome(next, r, terminated, false);
        t.features().oneHot(s);
        t.nextFeatures().oneHot(next);
        return t;
    }

    private static QTable table() {
        QTable q = new QTable(2, 2);
        q.set(0, 0, 1.0);
        q.set(1, 0, 2.0);
        q.set(1, 1, 4.0);
        return q;
    }

    @Test
    void qLearningMovesTowardRewardPlusDiscountedBestNextValue() {
        QTable q = table();
        double delta = qLearning.update(q, t(0, 0, 1.0, 1, false));
        assertEquals(1.0 + 0.9 * 4.0 - 1.0, delta, 1e-12);
        assertEquals(1.0 + 0.5 * delta, q.get(0, 0), 1e-12);
    }

    @Test
    void noRuleBootstrapsFromATerminalState() {
        EpsilonGreedy policy = new EpsilonGreedy(0.1, new SplittableRandom(1));
        for (var rule : new dyna.api.learning.UpdateRule[] {qLearning, new Sarsa(0.5, 0.9),
                new ExpectedSarsa(0.5, 0.9, policy, 1)}) {
            QTable q = new QTable(2, 1);
            q.set(1, 0, 100.0);
            rule.update(q, t(0, 0, 1.0, 1, true));
            assertEquals(0.5, q.get(0, 0), 1e-12, rule.getClass().getSimpleName());
        }
    }

    @Test
    void errorDoesNotChangeTheValues() {
        QTable q = new QTable(2, 1);
        assertEquals(1.0, qLearning.error(q, t(0, 0, 1.0, 1, false)));
        assertEquals(0.0, q.get(0, 0));
    }

    @Test
    void sarsaBootstrapsFromTheNextActionNotTheBest() {
        Sarsa sarsa = new Sarsa(0.5, 0.9);
        assertTrue(sarsa.needsNextAction());
        QTable q = table();
        double delta = sarsa.update(q, t(0, 0, 1.0, 1, false).nextAction(0));
        assertEquals(1.0 + 0.9 * 2.0 - 1.0, delta, 1e-12, "Q(s', a'=0) = 2, not max = 4");
        assertThrows(IllegalStateException.class, () -> sarsa.update(table(), t(0, 0, 1.0, 1, false)),
                "a next action must be given");
    }

    @Test
    void expectedSarsaTakesTheExpectationUnderThePolicy() {
        EpsilonGreedy policy = new EpsilonGreedy(0.2, new SplittableRandom(1));
        ExpectedSarsa rule = new ExpectedSarsa(0.5, 0.9, policy, 2);
        double delta = rule.update(table(), t(0, 0, 1.0, 1, false));
        // In s' = 1: greedy action 1 (value 4) with 0.9, action 0 (value 2) with 0.1.
        assertEquals(1.0 + 0.9 * (0.9 * 4.0 + 0.1 * 2.0) - 1.0, delta, 1e-12);
        ExpectedSarsa greedy = new ExpectedSarsa(0.5, 0.9, new EpsilonGreedy(0, new SplittableRandom(1)), 2);
        assertEquals(qLearning.error(table(), t(0, 0, 1.0, 1, false)),
                greedy.error(table(), t(0, 0, 1.0, 1, false)), 1e-12, "with a greedy policy it is Q-learning");
    }

    @Test
    void epsilonGreedyProbabilitiesShareTheGreedyMassAmongTies() {
        double[] p = new double[3];
        new EpsilonGreedy(0.3, new SplittableRandom(1)).probabilities(new double[] {1, 5, 5}, p);
        assertEquals(0.1, p[0], 1e-12);
        assertEquals(0.1 + 0.35, p[1], 1e-12);
        assertEquals(0.1 + 0.35, p[2], 1e-12);
    }

    /**
     * A time limit is not a terminal state (Sutton and Barto, section 3.4; Gymnasium's
     * "truncated"): every update rule bootstraps from a truncated transition's next state exactly
     * as from any other, and only a terminated one has no bootstrap. A rule that stopped at
     * truncations would teach an agent that the states where episodes are cut are worth nothing.
     */
    @Test
    void everyRuleBootstrapsFromATruncatedTransitionAndNotFromATerminatedOne() {
        int rules = 0;
        for (UpdateRuleProvider provider : ServiceLoader.load(UpdateRuleProvider.class)) {
            rules++;
            UpdateRule rule = provider.create(Parameters.resolve(provider.parameters(),
                    Map.of("alpha", "0.5", "gamma", "0.9")), new ComponentContext(new Discrete(2), new Discrete(2),
                            new SplittableRandom(1)), new EpsilonGreedy(0.2, new SplittableRandom(1)));
            String name = provider.id();
            Transition plain = t(0, 0, 1.0, 1, false).nextAction(0);
            Transition truncated = new Transition().start(0, 0).outcome(1, 1.0, false, true).nextAction(0);
            truncated.features().oneHot(0);
            truncated.nextFeatures().oneHot(1);
            Transition terminated = t(0, 0, 1.0, 1, true).nextAction(0);
            double bootstrapped = rule.target(table(), plain);
            assertTrue(bootstrapped > 1.0 + 1.0, name + ": the next state's values (2 and 4) count: " + bootstrapped);
            assertEquals(bootstrapped, rule.target(table(), truncated), 1e-12, name + ": truncated bootstraps");
            assertEquals(1.0, rule.target(table(), terminated), 1e-12, name + ": terminated does not");
            QTable q = table();
            assertEquals(bootstrapped - 1.0, rule.update(q, truncated), 1e-12, name);
            assertEquals(1.0 + 0.5 * (bootstrapped - 1.0), q.get(0, 0), 1e-12, name + ": the step toward it");
        }
        assertEquals(3, rules, "Q-learning, Sarsa and expected Sarsa");
    }
}
