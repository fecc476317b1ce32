package dyna.models.truth;

import dyna.api.model.Model;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;

/** Provides {@code true-model}: the environment's true dynamics from any observation (classic control). */
public final class TrueModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "true-model";
    }

    @Override
    public String description() {
        return "The environment's true dynamics from any box observation as a model (given, not learned), "
                + "to study planning without model error";
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        if (!(context.observations() instanceof Box box)) {
            throw new IllegalArgumentException("true-model works with box observations, but the environment's are "
                    + context.observations().describe() + "; use known-dynamics for a tabular world");
        }
        return new TrueModel(context.simulator().orElseThrow(() -> new IllegalArgumentException(
                "true-model needs an environment that can simulate from an observation (cart-pole, acrobot, "
                        + "mountain-car, pendulum, mountain-car-continuous)")), box.dimensions(),
                context.actionSpace() instanceof Box, context.random());
    }
}
