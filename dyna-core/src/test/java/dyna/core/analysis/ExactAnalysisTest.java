package dyna.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyna.api.env.Outcome;
import dyna.api.env.TransitionTable;
import dyna.api.learning.QTable;
import dyna.core.fixtures.Corridor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact computations on true transition tables, checked against values worked out by hand. */
class ExactAnalysisTest {

    /**
     * One state, two actions. Action 0: with probability 1/2 the episode ends with reward 1,
     * else it stays with reward 0. Action 1: the episode ends with reward 0.6. With γ = 1,
     * Q*(0, 0) = 1/2 + Q*(0, 0)/2 = 1 and Q*(0, 1) = 0.6.
     */
    private static final TransitionTable COIN = new TransitionTable() {
        @Override
        public int stateCount() {
            return 1;
        }

        @Override
        public int actionCount() {
            return 2;
        }

        @Override
        public double initialProbability(int state) {
            return 1;
        }

        @Override
        public List<Outcome> outcomes(int state, int action) {
            return action == 0 ? List.of(new Outcome(0.5, 0, 1, true), new Outcome(0.5, 0, 0, false))
                    : List.of(new Outcome(1, 0, 0.6, true));
        }
    };

    private static QTable preferring(int states, int action) {
        QTable q = new QTable(states, 2);
        for (int s = 0; s < states; s++) {
            q.set(s, action, 1);
        }
        return q;
    }

    @Test
    void valueIterationGivesTheOptimalValuesOfAStochasticTask() {
        QTable q = ValueIteration.optimalValues(COIN, 1.0, 1e-12);
        assertEquals(1.0, q.get(0, 0), 1e-9);
        assertEquals(0.6, q.get(0, 1), 1e-9);
    }

    @Test
    void valueIterationDiscountsEachStepOnTheCorridor() {
        // Cells 0..3, +1 on reaching 3: Q*(s, right) = 0.9^(2 - s), Q*(s, left) = 0.9 max Q*(s - 1 or s, .).
        QTable q = ValueIteration.optimalValues(new Corridor(4), 0.9, 1e-12);
        assertEquals(1.0, q.get(2, 1), 1e-9);
        assertEquals(0.9, q.get(1, 1), 1e-9);
        assertEquals(0.81, q.get(0, 1), 1e-9);
        assertEquals(0.9 * 0.81, q.get(0, 0), 1e-9);
        assertEquals(0.9 * 0.81, q.get(1, 0), 1e-9);
        assertEquals(0.0, q.get(3, 0), "a terminal cell has no value");
    }

    @Test
    void valueIterationRefusesATaskThatNeverEndsUndiscounted() {
        TransitionTable loop = new Corridor(3) {
            @Override
            public List<Outcome> outcomes(int state, int action) {
                return List.of(new Outcome(1, state, 1, false));
            }
        };
        assertThrows(IllegalStateException.class, () -> ValueIteration.optimalValues(loop, 1.0, 1e-9));
    }

    @Test
    void policyEvaluationGivesTheValueOfTheGreedyPolicyOnly() {
        PolicyEvaluator evaluator = new PolicyEvaluator(COIN);
        assertEquals(1.0, evaluator.greedyValue(preferring(1, 0), 0, 1.0, 1e-12), 1e-9);
        assertEquals(0.6, evaluator.greedyValue(preferring(1, 1), 0, 1.0, 1e-12), 1e-9);
        assertEquals(0.81, new PolicyEvaluator(new Corridor(4)).greedyValue(preferring(4, 1), 0, 0.9, 1e-12), 1e-9);
    }

    @Test
    void shortestPathCountsStepsToTheFirstTerminalTransition() {
        assertEquals(3, TabularAnalysis.shortestPath(new Corridor(4)));
        assertEquals(1, TabularAnalysis.shortestPath(COIN));
        TransitionTable endless = new Corridor(3) {
            @Override
            public List<Outcome> outcomes(int state, int action) {
                return List.of(new Outcome(1, state, 0, false));
            }
        };
        assertEquals(-1, TabularAnalysis.shortestPath(endless));
    }

    @Test
    void greedyPathLengthFollowsTheGreedyPolicyWithTiesToTheFirstAction() {
        Corridor corridor = new Corridor(5);
        assertEquals(4, TabularAnalysis.greedyPathLength(corridor, preferring(5, 1), 100));
        assertEquals(-1, TabularAnalysis.greedyPathLength(corridor, preferring(5, 1), 3), "not within the limit");
        assertEquals(-1, TabularAnalysis.greedyPathLength(corridor, new QTable(5, 2), 100),
                "all ties: action 0, left, never gets there");
        assertEquals(1, TabularAnalysis.greedy(preferring(5, 1), 2));
        assertEquals(0, TabularAnalysis.greedy(new QTable(5, 2), 2));
    }
}
