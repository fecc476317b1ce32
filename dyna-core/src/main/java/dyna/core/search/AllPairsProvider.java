package dyna.core.search;

import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/** Provides the uniform distribution of updates, {@code all-pairs}. */
public final class AllPairsProvider implements SearchControlProvider {

    @Override
    public String id() {
        return "all-pairs";
    }

    @Override
    public String description() {
        return "Uniform: every pair the model knows, in turn, in order (a sweep of the state-action space)";
    }

    @Override
    public SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning) {
        return new AllPairs(context.stateCount(id()), context.actionCount(id()), planning.model());
    }
}
