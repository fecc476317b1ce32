package dyna.models.tabular;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides the count-based model of stochastic worlds. */
public final class TabularStochasticModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "tabular-stochastic";
    }

    @Override
    public String description() {
        return "Counts of outcomes per (s, a): samples by frequency, offers distributions and predecessors";
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION, ModelCapability.PREDECESSORS);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        return new TabularStochasticModel(context.stateCount(id()), context.actionCount(id()), context.random());
    }
}
