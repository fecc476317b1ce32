package dyna.models.tabular;

import static dyna.models.tabular.ModelCalls.knownActions;
import static dyna.models.tabular.ModelCalls.observe;
import static dyna.models.tabular.ModelCalls.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TabularTimeModelTest {

    private final TabularTimeModelProvider provider = new TabularTimeModelProvider();
    private final Model model = provider.create(Parameters.defaults(provider.parameters()),
            new ComponentContext(new Discrete(5), new Discrete(4), new SplittableRandom(1)));

    @Test
    void untriedActionsOfAFirstVisitedStateLeadBackToItWithRewardZero() {
        observe(model, 2, 1, 0.5, 3, false);
        assertEquals(4, knownActions(model, 2, 4));
        assertEquals(0, knownActions(model, 3, 4));
        Transition out = new Transition();
        for (int a : new int[] {0, 2, 3}) {
            sample(model, 2, a, out);
            assertEquals(2, out.nextState());
            assertEquals(0.0, out.reward());
            assertFalse(out.terminated());
        }
        sample(model, 2, 1, out);
        assertEquals(3, out.nextState());
        assertEquals(0.5, out.reward());
    }

    @Test
    void tryingAnActionReplacesItsInitialModel() {
        observe(model, 2, 1, 0, 3, false);
        observe(model, 2, 0, 1.0, 4, true);
        Transition out = new Transition();
        sample(model, 2, 0, out);
        assertEquals(4, out.nextState());
        assertEquals(1.0, out.reward());
        assertEquals(4, knownActions(model, 2, 4));
    }

    @Test
    void statesOnlyReachedAreNotFilledIn() {
        observe(model, 2, 1, 0, 3, false);
        assertEquals(0, knownActions(model, 3, 4));
    }
}
