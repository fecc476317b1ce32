package dyna.examples.windy;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.examples.windy.forgetting.Forgetting;
import dyna.examples.windy.forgetting.ForgettingProvider;

/** Provides {@code no-forgetting}: weights never fade, so the forgetful model counts as a stochastic model does. */
public final class NoForgettingProvider implements ForgettingProvider {

    @Override
    public String id() {
        return "no-forgetting";
    }

    @Override
    public String description() {
        return "Weights never fade: the model counts outcomes as a stochastic model does (the ablation)";
    }

    @Override
    public Forgetting create(Parameters parameters, ComponentContext context) {
        return steps -> 1;
    }
}
