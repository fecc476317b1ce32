package dyna.api.model;

import dyna.api.learning.Features;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Creates models; found by {@link java.util.ServiceLoader}. */
public interface ModelProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.MODEL;
    }

    /**
     * What the created models can answer, so that planners can be checked against it before a
     * run; the models must implement the matching interfaces.
     */
    default Set<ModelCapability> capabilities() {
        return Set.of(ModelCapability.SAMPLES);
    }

    /**
     * Creates a fresh, empty model for one run.
     *
     * @throws IllegalArgumentException when the model cannot work with the context's spaces
     */
    Model create(Parameters parameters, ComponentContext context);

    /**
     * Creates a fresh, empty model for one run that may read the run's feature constructor (a
     * model over features, such as a linear expectation model, needs its {@code size()}). By
     * default the features are ignored.
     *
     * @throws IllegalArgumentException when the model cannot work with the context's spaces or features
     */
    default Model create(Parameters parameters, ComponentContext context, Features features) {
        return create(parameters, context);
    }
}
