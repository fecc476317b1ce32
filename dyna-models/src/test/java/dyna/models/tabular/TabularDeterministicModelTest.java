package dyna.models.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Step;
import dyna.api.model.DistributionModel;
import dyna.api.model.Model;
import dyna.api.model.PredecessorModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TabularDeterministicModelTest {

    private final TabularDeterministicModelProvider provider = new TabularDeterministicModelProvider();
    private final Model model = provider.create(Parameters.defaults(provider.parameters()),
            new ComponentContext(new Discrete(5), new Discrete(3), new SplittableRandom(1)));

    @Test
    void answersWithTheLastOutcomeSeen() {
        Step out = new Step();
        model.observe(1, 2, 0.0, 3, false);
        model.sample(1, 2, out);
        assertEquals(3, out.state());
        model.observe(1, 2, 1.0, 4, true);
        model.sample(1, 2, out);
        assertEquals(4, out.state());
        assertEquals(1.0, out.reward());
        assertTrue(out.terminated());
    }

    @Test
    void knowsEachObservedStateAndActionOnce() {
        model.observe(4, 0, 0, 1, false);
        model.observe(2, 1, 0, 1, false);
        model.observe(4, 2, 0, 1, false);
        model.observe(4, 0, 0, 2, false);
        assertEquals(2, model.observedStateCount());
        assertEquals(Set.of(4, 2), Set.of(model.observedState(0), model.observedState(1)));
        assertEquals(2, model.observedActionCount(4));
        Set<Integer> actions = new HashSet<>(List.of(model.observedAction(4, 0), model.observedAction(4, 1)));
        assertEquals(Set.of(0, 2), actions);
        assertEquals(0, model.observedActionCount(3));
    }

    @Test
    void refusesToSimulateAPairItHasNeverSeen() {
        model.observe(1, 0, 0, 2, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.sample(1, 1, new Step()));
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
        model.observe(0, 1, 0, 2, false);
        model.observe(3, 0, 0, 2, false);
        assertEquals(2, predecessors.predecessorCount(2));
        model.observe(0, 1, 0, 4, false);
        assertEquals(1, predecessors.predecessorCount(2), "(0, 1) now leads to 4");
        assertEquals(3, predecessors.predecessorState(2, 0));
        assertEquals(1, predecessors.predecessorCount(4));
        Step out = new Step();
        assertEquals(1.0, ((DistributionModel) model).outcome(0, 1, 0, out));
        assertEquals(4, out.state());
    }
}
