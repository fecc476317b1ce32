package dyna.models.tabular;

import static dyna.models.tabular.ModelCalls.knownActions;
import static dyna.models.tabular.ModelCalls.knows;
import static dyna.models.tabular.ModelCalls.observe;
import static dyna.models.tabular.ModelCalls.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.model.Model;
import dyna.api.model.PredecessorModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TabularDeterministicModelTest {

    private final TabularDeterministicModelProvider provider = new TabularDeterministicModelProvider();
    private final Model model = provider.create(Parameters.defaults(provider.parameters()),
            new ComponentContext(new Discrete(5), new Discrete(3), new SplittableRandom(1)));

    @Test
    void answersWithTheLastOutcomeSeen() {
        Transition out = new Transition();
        observe(model, 1, 2, 0.0, 3, false);
        sample(model, 1, 2, out);
        assertEquals(3, out.nextState());
        observe(model, 1, 2, 1.0, 4, true);
        sample(model, 1, 2, out);
        assertEquals(4, out.nextState());
        assertEquals(1.0, out.reward());
        assertTrue(out.terminated());
    }

    @Test
    void knowsExactlyTheObservedPairs() {
        observe(model, 4, 0, 0, 1, false);
        observe(model, 2, 1, 0, 1, false);
        observe(model, 4, 2, 0, 1, false);
        observe(model, 4, 0, 0, 2, false);
        assertTrue(knows(model, 4, 0) && knows(model, 4, 2) && knows(model, 2, 1));
        assertEquals(2, knownActions(model, 4, 3));
        assertEquals(1, knownActions(model, 2, 3));
        assertEquals(0, knownActions(model, 3, 3));
    }

    @Test
    void refusesToSimulateAPairItHasNeverSeen() {
        observe(model, 1, 0, 0, 2, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample(model, 1, 1, new Transition()));
        assertEquals("the model has never seen action 1 in state 1", e.getMessage());
    }

    @Test
    void refusesContinuousObservationsWithAClearMessage() {
        ComponentContext box = new ComponentContext(new Box(new double[] {0}, new double[] {1}), new Discrete(3),
                new SplittableRandom(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(Parameters.defaults(provider.parameters()), box));
        assertTrue(e.getMessage().startsWith("tabular-deterministic works with discrete observations only"));
    }

    @Test
    void predecessorsFollowTheLastOutcomeOfEachPair() {
        PredecessorModel predecessors = (PredecessorModel) model;
        observe(model, 0, 1, 0, 2, false);
        observe(model, 3, 0, 0, 2, false);
        assertEquals(2, predecessors.predecessorCount(2));
        observe(model, 0, 1, 0, 4, false);
        assertEquals(1, predecessors.predecessorCount(2), "(0, 1) now leads to 4");
        assertEquals(3, predecessors.predecessorState(2, 0));
        assertEquals(1, predecessors.predecessorCount(4));
        Transition out = new Transition();
        assertEquals(1.0, ((DistributionModel) model).outcome(out.start(0, 1), 0));
        assertEquals(4, out.nextState());
    }
}
