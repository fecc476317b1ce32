package dyna.examples.windy;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.examples.windy.forgetting.Forgetting;
import dyna.examples.windy.forgetting.ForgettingProvider;
import java.util.List;

/** Provides {@code exponential-forgetting}: weights fade by a factor {@code decay} each real step. */
public final class ExponentialForgettingProvider implements ForgettingProvider {

    @Override
    public String id() {
        return "exponential-forgetting";
    }

    @Override
    public String description() {
        return "Weights fade by a factor each real step, so that old experience counts less";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("decay", 0.99, 0.000001, 1, "factor applied to every count each real step"));
    }

    @Override
    public Forgetting create(Parameters parameters, ComponentContext context) {
        double decay = parameters.getDouble("decay");
        return steps -> Math.pow(decay, steps);
    }
}
