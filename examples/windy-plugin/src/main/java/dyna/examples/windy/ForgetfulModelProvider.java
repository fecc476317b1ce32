package dyna.examples.windy;

import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.examples.windy.forgetting.Forgetting;
import dyna.examples.windy.forgetting.ForgettingProvider;
import java.util.Set;

/**
 * Provides the forgetful model, for non-stationary worlds. How fast it forgets is a component of
 * its own, of the plugin's kind {@code forgetting}, which the model reads from its context.
 */
public final class ForgetfulModelProvider implements ModelProvider {

    @Override
    public String id() {
        return "forgetful";
    }

    @Override
    public String description() {
        return "Outcome counts that fade as its forgetting schedule says (--forgetting), so that old experience fades";
    }

    @Override
    public Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION);
    }

    @Override
    public Model create(Parameters parameters, ComponentContext context) {
        return new ForgetfulModel(context.stateCount(id()), context.actionCount(id()),
                context.extension(ForgettingProvider.KIND, Forgetting.class), context.random());
    }
}
