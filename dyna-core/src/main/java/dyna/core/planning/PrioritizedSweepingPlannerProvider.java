package dyna.core.planning;

import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Provides prioritized sweeping; needs a model that knows predecessors. */
public final class PrioritizedSweepingPlannerProvider implements PlannerProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.real("theta", 1e-4, 0,
            Double.POSITIVE_INFINITY, "a pair enters the queue only if its priority |error| exceeds theta"));

    @Override
    public String id() {
        return "prioritized-sweeping";
    }

    @Override
    public String description() {
        return "Prioritized sweeping: update pairs by |error|, then their predecessors; expected updates if it can";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Set<ModelCapability> requires() {
        return EnumSet.of(ModelCapability.SAMPLES, ModelCapability.PREDECESSORS);
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new PrioritizedSweepingPlanner(context, parameters.getDouble("theta"));
    }
}
