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

/** Provides {@code replayed-features}: Linear Dyna from the feature vectors of stored real observations. */
public final class ReplayedFeaturesProvider implements SearchControlProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.integer("capacity", 100_000, 1,
            Integer.MAX_VALUE, "how many of the last real observations are kept to replay"));

    @Override
    public String id() {
        return "replayed-features";
    }

    @Override
    public String description() {
        return "Linear Dyna's: the feature vector of a random stored real observation, with the action taken there";
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
        return new ReplayedFeatures(parameters.getInt("capacity"), context.random());
    }
}
