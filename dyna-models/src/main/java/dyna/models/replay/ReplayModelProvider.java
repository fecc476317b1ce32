package dyna.models.replay;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import java.util.Set;

/** Provides {@code replay}: stored real transitions as a model, over discrete states or box observations. */
public final class ReplayModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "replay";
    }

    @Override
    public String description() {
        return "Replay as a model: stored real transitions, answered from a stored state or observation";
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        int actions = context.actionCount(id());
        if (context.observations() instanceof Box box) {
            return new ReplayModel(0, box.dimensions(), actions, context.random());
        }
        if (context.observations() instanceof Discrete states) {
            return new ReplayModel(states.n(), 0, actions, context.random());
        }
        throw new IllegalArgumentException(id() + " works with discrete or box observations, not "
                + context.observations().describe());
    }
}
