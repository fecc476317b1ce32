package dyna.core.search;

import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import java.util.List;

/** Provides {@code recent-states}: starts drawn from the last real transitions, as MBPO starts rollouts. */
public final class RecentStatesProvider implements SearchControlProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.integer("window", 10_000, 1,
            10_000_000, "how many of the latest real transitions' starts are kept to plan from"));

    @Override
    public String id() {
        return "recent-states";
    }

    @Override
    public String description() {
        return "A uniformly random start among the last 'window' real transitions (state or observation, and action)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning) {
        int dimensions = context.observations() instanceof Box box ? box.dimensions() : 0;
        return new RecentStates(parameters.getInt("window"), dimensions, context.random());
    }
}
