package dyna.core.planning;

import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides expected updates ({@code all-pairs} in turn unless another search control is chosen); needs distributions. */
public final class UniformExpectedPlannerProvider implements PlannerProvider {

    @Override
    public String id() {
        return "uniform-expected";
    }

    @Override
    public String description() {
        return "Expected updates; by default of every known pair in turn, in order (uniform distribution)";
    }

    @Override
    public Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION);
    }

    @Override
    public String searchControl() {
        return "all-pairs";
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new UpdatePlanner(context, UpdatePlanner.Update.EXPECTED);
    }
}
