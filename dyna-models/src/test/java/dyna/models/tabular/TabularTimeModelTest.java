package dyna.models.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dyna.api.env.Step;
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
        model.observe(2, 1, 0.5, 3, false);
        assertEquals(1, model.observedStateCount());
        assertEquals(4, model.observedActionCount(2));
        Step out = new Step();
        for (int a : new int[] {0, 2, 3}) {
            model.sample(2, a, out);
            assertEquals(2, out.state());
            assertEquals(0.0, out.reward());
            assertFalse(out.terminated());
        }
        model.sample(2, 1, out);
        assertEquals(3, out.state());
        assertEquals(0.5, out.reward());
    }

    @Test
    void tryingAnActionReplacesItsInitialModel() {
        model.observe(2, 1, 0, 3, false);
        model.observe(2, 0, 1.0, 4, true);
        Step out = new Step();
        model.sample(2, 0, out);
        assertEquals(4, out.state());
        assertEquals(1.0, out.reward());
        assertEquals(4, model.observedActionCount(2), "no pair is counted twice");
    }

    @Test
    void statesOnlyReachedAreNotFilledIn() {
        model.observe(2, 1, 0, 3, false);
        assertEquals(0, model.observedActionCount(3));
    }
}
