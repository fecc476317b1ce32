package dyna.api.model;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates models; found by {@link java.util.ServiceLoader}. */
public interface ModelProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.MODEL;
    }

    /**
     * Creates a fresh, empty model for one run.
     *
     * @throws IllegalArgumentException when the model cannot work with the context's spaces
     */
    Model create(Parameters parameters, ComponentContext context);
}
