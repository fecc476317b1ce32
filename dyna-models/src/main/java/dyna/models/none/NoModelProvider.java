package dyna.models.none;

import dyna.api.model.Model;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/**
 * Provides {@code no-model}: no model at all, for agents that do not plan (planning-steps 0, plain
 * Q-learning or Sarsa), over any observations. It learns nothing and knows no pair, so no search
 * control ever offers a start to plan from.
 */
public final class NoModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "no-model";
    }

    @Override
    public String description() {
        return "No model: learns nothing and knows no pair (for agents that do not plan)";
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        return new NoModel();
    }
}
