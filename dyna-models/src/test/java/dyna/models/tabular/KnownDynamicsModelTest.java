package dyna.models.tabular;

import static dyna.models.tabular.ModelCalls.knows;
import static dyna.models.tabular.ModelCalls.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Outcome;
import dyna.api.env.Transition;
import dyna.api.env.TransitionTable;
import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KnownDynamicsModelTest {

    /** Two states, one action: state 0 goes to 1 (p 0.75, reward 1) or ends (p 0.25, reward -1). */
    private static final TransitionTable TABLE = new TransitionTable() {
        @Override
        public int stateCount() {
            return 2;
        }

        @Override
        public int actionCount() {
            return 1;
        }

        @Override
        public double initialProbability(int state) {
            return state == 0 ? 1 : 0;
        }

        @Override
        public List<Outcome> outcomes(int state, int action) {
            return state == 0 ? List.of(new Outcome(0.75, 1, 1.0, false), new Outcome(0.25, 0, -1.0, true)) : List.of();
        }
    };

    private final KnownDynamicsModelProvider provider = new KnownDynamicsModelProvider();

    private DistributionModel model() {
        return (DistributionModel) provider.create(Parameters.defaults(provider.parameters()),
                new ComponentContext(new Discrete(2), new Discrete(1), new SplittableRandom(2), Optional.of(TABLE)));
    }

    @Test
    void isTheTransitionTableKnownFromTheStart() {
        DistributionModel model = model();
        assertTrue(knows(model, 0, 0));
        assertEquals(2, model.outcomeCount(new Transition().start(0, 0)));
        Transition out = new Transition();
        assertEquals(0.25, model.outcome(out.start(0, 0), 1));
        assertEquals(-1.0, out.reward());
        assertTrue(out.terminated());
        assertEquals(0, ((PredecessorModel) model).predecessorState(1, 0));
    }

    @Test
    void samplesOutcomesByTheirProbability() {
        DistributionModel model = model();
        Transition out = new Transition();
        int ends = 0;
        for (int i = 0; i < 40_000; i++) {
            sample(model, 0, 0, out);
            ends += out.terminated() ? 1 : 0;
        }
        assertEquals(10_000, ends, 4 * Math.sqrt(40_000 * 0.25 * 0.75));
    }

    @Test
    void needsAnEnvironmentThatGivesItsTable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider.create(
                Parameters.defaults(provider.parameters()),
                new ComponentContext(new Discrete(2), new Discrete(1), new SplittableRandom(2))));
        assertEquals("known-dynamics needs an environment that gives its transition table", e.getMessage());
    }
}
