package dyna.models.tabular;

import static dyna.models.tabular.ModelCalls.observe;
import static dyna.models.tabular.ModelCalls.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TabularStochasticModelTest {

    private final TabularStochasticModelProvider provider = new TabularStochasticModelProvider();
    private final TabularStochasticModel model = (TabularStochasticModel) provider.create(
            Parameters.defaults(provider.parameters()),
            new ComponentContext(new Discrete(6), new Discrete(2), new SplittableRandom(4)));

    @Test
    void distributionIsTheObservedFrequenciesWithMeanRewards() {
        observe(model, 0, 1, 1.0, 2, false);
        observe(model, 0, 1, 3.0, 2, false);
        observe(model, 0, 1, 0.0, 3, false);
        observe(model, 0, 1, 5.0, 4, true);
        DistributionModel distribution = model;
        assertEquals(3, distribution.outcomeCount(new Transition().start(0, 1)));
        Transition out = new Transition();
        assertEquals(0.5, distribution.outcome(out.start(0, 1), 0));
        assertEquals(2, out.nextState());
        assertEquals(2.0, out.reward());
        assertEquals(0.25, distribution.outcome(out.start(0, 1), 2));
        assertEquals(4, out.nextState());
        assertTrue(out.terminated());
    }

    @Test
    void samplesOutcomesByTheirFrequency() {
        for (int i = 0; i < 3; i++) {
            observe(model, 1, 0, 0, 2, false);
        }
        observe(model, 1, 0, 0, 5, false);
        Transition out = new Transition();
        int toFive = 0;
        int draws = 40_000;
        for (int i = 0; i < draws; i++) {
            sample(model, 1, 0, out);
            toFive += out.nextState() == 5 ? 1 : 0;
        }
        double sd = Math.sqrt(draws * 0.25 * 0.75);
        assertEquals(draws * 0.25, toFive, 4 * sd);
    }

    @Test
    void knowsEveryPairThatHasLedToAState() {
        observe(model, 0, 0, 0, 3, false);
        observe(model, 1, 1, 0, 3, false);
        observe(model, 1, 1, 0, 3, false);
        observe(model, 2, 0, 0, 4, false);
        PredecessorModel predecessors = model;
        assertEquals(2, predecessors.predecessorCount(3));
        assertEquals(0, predecessors.predecessorState(3, 0));
        assertEquals(1, predecessors.predecessorState(3, 1));
        assertEquals(1, predecessors.predecessorAction(3, 1));
        assertEquals(0, predecessors.predecessorCount(0));
    }

    /**
     * A pair that has led to a state both ending the episode and not (a random task's termination
     * comes on any transition) is one predecessor of it, not two, whether observed or read back:
     * prioritized sweeping would otherwise back it up twice per pop.
     */
    @Test
    void aPairThatLedToAStateEndingOrNotIsListedOnce() throws Exception {
        observe(model, 1, 0, 0, 3, false);
        observe(model, 1, 0, 0, 3, true);
        observe(model, 2, 1, 0, 3, true);
        assertEquals(2, model.predecessorCount(3));
        assertEquals(2, model.outcomeCount(new Transition().start(1, 0)), "two outcomes, one predecessor");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        model.write(new java.io.DataOutputStream(bytes));
        TabularStochasticModel loaded = (TabularStochasticModel) provider.create(Parameters.defaults(provider.parameters()),
                new ComponentContext(new Discrete(6), new Discrete(2), new SplittableRandom(4)));
        loaded.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())), model.format());
        assertEquals(2, loaded.predecessorCount(3));
    }

    @Test
    void refusesUnseenPairs() {
        assertThrows(IllegalArgumentException.class, () -> sample(model, 0, 0, new Transition()));
    }
}
