package dyna.core.search;

import dyna.api.model.ExpectationModel;
import dyna.api.model.ModelCapability;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/** Provides {@code feature-priority}: prioritized sweeping over features (Sutton et al. 2008, after McMahan and Gordon). */
public final class FeaturePriorityProvider implements SearchControlProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.real("theta", 1e-4, 0,
            Double.POSITIVE_INFINITY, "a feature enters the queue only if its priority exceeds theta"));

    @Override
    public String id() {
        return "feature-priority";
    }

    @Override
    public String description() {
        return "Prioritized sweeping over features: pop the feature whose value changed most, back up each "
                + "preceding feature (F_ij != 0) from its unit vector";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Set<ModelCapability> requires() {
        return Set.of(ModelCapability.EXPECTATION);
    }

    @Override
    public SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning) {
        return new FeaturePriority((ExpectationModel) planning.model(), context.actionCount(id()),
                parameters.getDouble("theta"));
    }
}
