package dyna.examples.windy;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/** Provides the forgetful model, for non-stationary worlds. */
public final class ForgetfulModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "forgetful";
    }

    @Override
    public String description() {
        return "Outcome counts decayed by a factor each real step, so that old experience fades";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("decay", 0.99, 0.000001, 1, "factor applied to every count each real step"));
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        return new ForgetfulModel(context.stateCount(id()), context.actions().n(), parameters.getDouble("decay"),
                context.random());
    }
}
