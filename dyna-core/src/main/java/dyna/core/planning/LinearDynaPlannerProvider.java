package dyna.core.planning;

import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides {@code linear-dyna}: planning with an expectation model over feature vectors ({@code unit-features} unless another is chosen). */
public final class LinearDynaPlannerProvider implements PlannerProvider {

    @Override
    public String id() {
        return "linear-dyna";
    }

    @Override
    public String description() {
        return "Linear Dyna: the agent's update rule on expected transitions (b·x, F x) of feature vectors "
                + "(by default random unit vectors of seen features)";
    }

    @Override
    public String searchControl() {
        return "unit-features";
    }

    @Override
    public Set<ModelCapability> requires() {
        return Set.of(ModelCapability.EXPECTATION);
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new LinearDynaPlanner(context);
    }
}
