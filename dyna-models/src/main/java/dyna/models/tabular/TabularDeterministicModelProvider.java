package dyna.models.tabular;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides the deterministic tabular model of Dyna-Q. */
public final class TabularDeterministicModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "tabular-deterministic";
    }

    @Override
    public String description() {
        return "Dyna-Q's model: the last outcome seen for each (s, a), for deterministic worlds";
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION, ModelCapability.PREDECESSORS);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        return new TabularDeterministicModel(context.stateCount(id()), context.actionCount(id()));
    }
}
