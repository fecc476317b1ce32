package dyna.core.planning;

import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.Parameters;
import java.util.EnumSet;
import java.util.Set;

/** Provides uniform expected updates, sweeping all known pairs in order; needs distributions. */
public final class UniformExpectedPlannerProvider implements PlannerProvider {

    @Override
    public String id() {
        return "uniform-expected";
    }

    @Override
    public String description() {
        return "Expected updates of every known state-action pair in turn, in order (uniform distribution)";
    }

    @Override
    public Set<ModelCapability> requires() {
        return EnumSet.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION);
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new UniformExpectedPlanner(context);
    }
}
