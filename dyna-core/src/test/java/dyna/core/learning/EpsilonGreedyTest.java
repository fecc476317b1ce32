package dyna.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EpsilonGreedyTest {

    private static int[] counts(EpsilonGreedy policy, double[] values, int draws) {
        int[] counts = new int[values.length];
        for (int i = 0; i < draws; i++) {
            counts[policy.select(values)]++;
        }
        return counts;
    }

    @Test
    void greedyTiesAreBrokenUniformlyAtRandom() {
        int draws = 40_000;
        int[] counts = counts(new EpsilonGreedy(0.0, new SplittableRandom(3)), new double[] {1, 0, 1, 1}, draws);
        assertEquals(0, counts[1], "a non-greedy action is never chosen with epsilon 0");
        double expected = draws / 3.0;
        double sd = Math.sqrt(draws * (1 / 3.0) * (2 / 3.0));
        for (int a : new int[] {0, 2, 3}) {
            assertTrue(Math.abs(counts[a] - expected) < 4 * sd, "action " + a + " chosen " + counts[a] + " times");
        }
    }

    @Test
    void withoutTiesEpsilonZeroIsGreedy() {
        int[] counts = counts(new EpsilonGreedy(0.0, new SplittableRandom(3)), new double[] {0, 0.5, -1, 0.2}, 1000);
        assertEquals(1000, counts[1]);
    }

    @Test
    void exploringPicksAnyActionUniformly() {
        int draws = 40_000;
        double epsilon = 0.1;
        int[] counts = counts(new EpsilonGreedy(epsilon, new SplittableRandom(5)), new double[] {0, 1, 0, 0}, draws);
        double expected = draws * epsilon / 4;
        double sd = Math.sqrt(draws * (epsilon / 4) * (1 - epsilon / 4));
        for (int a : new int[] {0, 2, 3}) {
            assertTrue(Math.abs(counts[a] - expected) < 4 * sd, "action " + a + " chosen " + counts[a] + " times");
        }
        assertEquals(draws * (1 - epsilon + epsilon / 4), counts[1], 4 * sd);
    }

    /**
     * A greedy choice with one best action draws nothing from the run's random stream (so that
     * ε = 0 and a clear winner leave every other draw of a run where it was, as the book's
     * figures were checked with); ties draw once.
     */
    @Test
    void aClearGreedyChoiceDrawsNoRandomNumber() {
        SplittableRandom used = new SplittableRandom(8);
        EpsilonGreedy policy = new EpsilonGreedy(0.0, used);
        assertEquals(2, policy.select(new double[] {0, 1, 3}));
        assertEquals(new SplittableRandom(8).nextLong(), used.nextLong(), "no draw for epsilon 0 and one best action");
        SplittableRandom tied = new SplittableRandom(8);
        new EpsilonGreedy(0.0, tied).select(new double[] {3, 1, 3});
        SplittableRandom once = new SplittableRandom(8);
        once.nextInt(2);
        assertEquals(once.nextLong(), tied.nextLong(), "one draw among two tied actions");
    }
}
