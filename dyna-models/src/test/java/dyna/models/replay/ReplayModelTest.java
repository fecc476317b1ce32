package dyna.models.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplayModelTest {

    private final ReplayModelProvider provider = new ReplayModelProvider();

    private DistributionModel model(ComponentContext context) {
        return (DistributionModel) provider.create(Parameters.defaults(provider.parameters()), context);
    }

    @Test
    void answersAStoredObservationWithTheOutcomeThatFollowedIt() {
        DistributionModel model = model(new ComponentContext(new Box(new double[] {-1, -1}, new double[] {1, 1}),
                new Discrete(3), new SplittableRandom(1)));
        Transition real = new Transition(2).start(new double[] {0.25, -0.5}, 2);
        real.nextObservation()[0] = 0.3;
        real.nextObservation()[1] = -0.4;
        model.observe(real.outcome(-1, false, false));

        Transition query = new Transition(2).start(new double[] {0.25, -0.5}, 2);
        assertTrue(model.knows(query));
        model.sample(query);
        assertArrayEquals(new double[] {0.3, -0.4}, query.nextObservation());
        assertEquals(-1, query.reward());
        assertFalse(query.terminated());
        assertArrayEquals(new double[] {0.25, -0.5}, query.observation(), "the start is left as it was");

        assertFalse(model.knows(new Transition(2).start(new double[] {0.25, -0.5}, 1)), "another action");
        assertFalse(model.knows(new Transition(2).start(new double[] {0.25, -0.50001}, 2)), "another observation");
        assertThrows(IllegalArgumentException.class, () -> model.sample(new Transition(2).start(new double[] {9, 9}, 0)));
    }

    @Test
    void everyStoredOutcomeOfAPairIsEquallyLikely() {
        DistributionModel model = model(new ComponentContext(new Discrete(4), new Discrete(2), new SplittableRandom(1)));
        for (int next : new int[] {1, 1, 2, 3}) {
            model.observe(new Transition().start(0, 1).outcome(next, next, false, false));
        }
        Transition query = new Transition().start(0, 1);
        assertEquals(4, model.outcomeCount(query));
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            sum += model.outcome(query, k);
        }
        assertEquals(1.0, sum, 1e-12);
        int ones = 0;
        for (int i = 0; i < 40_000; i++) {
            model.sample(query);
            ones += query.nextState() == 1 ? 1 : 0;
        }
        assertEquals(20_000, ones, 4 * Math.sqrt(40_000 * 0.25));
        assertEquals(0, model.outcomeCount(new Transition().start(3, 0)));
    }

    /**
     * Pair 0 (state 0, action 0) is a pair like any other; a state far past the ones seen so far
     * is kept; each outcome is written into the query, and one past the last is refused.
     */
    @Test
    void everyPairIsKeptAndEachOutcomeAnswersTheQuery() {
        DistributionModel model = model(new ComponentContext(new Discrete(1000), new Discrete(4), new SplittableRandom(1)));
        assertFalse(model.knows(new Transition().start(0, 0)));
        model.observe(new Transition().start(0, 0).outcome(5, 1, false, false));
        assertTrue(model.knows(new Transition().start(0, 0)), "pair 0");
        assertFalse(model.knows(new Transition().start(0, 1)), "a pair of a state seen, not taken");
        model.observe(new Transition().start(999, 3).outcome(7, 2, true, false));
        model.observe(new Transition().start(999, 3).outcome(8, 3, false, false));
        model.observe(new Transition().start(999, 3).outcome(9, 4, false, false));
        Transition query = new Transition().start(999, 3);
        assertTrue(model.knows(query), "the last pair of 1,000 states, seen second");
        assertEquals(1 / 3.0, model.outcome(query, 1));
        assertEquals(8, query.nextState());
        assertEquals(3, query.reward());
        assertEquals(1 / 3.0, model.outcome(query, 0));
        assertEquals(7, query.nextState());
        assertTrue(query.terminated());
        assertEquals(1 / 3.0, model.outcome(query, 2));
        assertEquals(9, query.nextState());
        IndexOutOfBoundsException past = assertThrows(IndexOutOfBoundsException.class, () -> model.outcome(query, 3));
        assertEquals("outcome 3 of 3", past.getMessage(), "refused by the model, not by an array that happens to end");
    }
}
