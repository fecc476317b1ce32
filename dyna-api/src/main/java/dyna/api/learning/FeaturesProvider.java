package dyna.api.learning;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates feature constructors; found by {@link java.util.ServiceLoader}. */
public interface FeaturesProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.FEATURES;
    }

    /**
     * Creates a feature constructor for one run, for the context's observation space.
     *
     * @throws IllegalArgumentException when it cannot encode the context's observations
     */
    Features create(Parameters parameters, ComponentContext context);
}
