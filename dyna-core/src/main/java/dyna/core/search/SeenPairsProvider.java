package dyna.core.search;

import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;

/** Provides the Dyna-Q box's search control, {@code seen-pairs}, over discrete states or box observations. */
public final class SeenPairsProvider implements SearchControlProvider {

    @Override
    public String id() {
        return "seen-pairs";
    }

    @Override
    public String description() {
        return "Dyna-Q's: a uniformly random seen state, then a random action the model knows in it (O(1))";
    }

    @Override
    public SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning) {
        if (context.observations() instanceof Box box && context.actionSpace() instanceof Box actions) {
            return new SeenBoxPairs(box.dimensions(), actions.dimensions(), planning.model(), context.random());
        }
        if (context.observations() instanceof Box box) {
            return new SeenObservations(box.dimensions(), context.actionCount(id()), planning.model(), context.random());
        }
        return new SeenPairs(context.stateCount(id()), context.actionCount(id()), planning.model(), context.random());
    }
}
