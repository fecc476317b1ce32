package dyna.core.search;

import dyna.api.model.ExpectationModel;
import dyna.api.model.ModelCapability;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides {@code unit-features}: Linear Dyna's random unit vectors e_i over the features seen so far. */
public final class UnitFeaturesProvider implements SearchControlProvider {

    @Override
    public String id() {
        return "unit-features";
    }

    @Override
    public String description() {
        return "Linear Dyna's: a unit vector e_i of a random feature seen active so far, with an action taken then";
    }

    @Override
    public Set<ModelCapability> requires() {
        return Set.of(ModelCapability.EXPECTATION);
    }

    @Override
    public SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning) {
        return new UnitFeatures(((ExpectationModel) planning.model()).featureCount(), context.actionCount(id()),
                context.random());
    }
}
