package dyna.models.tabular;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides the Dyna-Q+ model: deterministic, with untried actions leading back to their state. */
public final class TabularTimeModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "tabular-time";
    }

    @Override
    public String description() {
        return "Dyna-Q+'s model: as tabular-deterministic, and untried actions lead back to their state with reward 0";
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION, ModelCapability.PREDECESSORS);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        return new TabularTimeModel(context.stateCount(id()), context.actionCount(id()));
    }
}
