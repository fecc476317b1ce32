package dyna.models.tabular;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides the environment's true dynamics as a model, for pure planning studies. */
public final class KnownDynamicsModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "known-dynamics";
    }

    @Override
    public String description() {
        return "The environment's true transition table as a model (given, not learned), for planning studies";
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION, ModelCapability.PREDECESSORS);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        return new KnownDynamicsModel(context.dynamics().orElseThrow(() -> new IllegalArgumentException(
                "known-dynamics needs an environment that gives its transition table")), context.random());
    }
}
