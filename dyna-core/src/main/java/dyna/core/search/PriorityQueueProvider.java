package dyna.core.search;

import dyna.api.model.ModelCapability;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/** Provides prioritized sweeping's search control, {@code priority-queue}; needs a model that knows predecessors. */
public final class PriorityQueueProvider implements SearchControlProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.real("theta", 1e-4, 0,
            Double.POSITIVE_INFINITY, "a pair enters the queue only if its priority |error| exceeds theta"));

    @Override
    public String id() {
        return "priority-queue";
    }

    @Override
    public String description() {
        return "Prioritized sweeping's: pairs by |error| above theta, largest first, then their predecessors";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.PREDECESSORS);
    }

    @Override
    public SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning) {
        return new PriorityQueueControl(context.stateCount(id()), context.actionCount(id()), planning,
                parameters.getDouble("theta"));
    }
}
