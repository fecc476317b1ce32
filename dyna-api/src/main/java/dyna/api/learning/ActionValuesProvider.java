package dyna.api.learning;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates action values; found by {@link java.util.ServiceLoader}. */
public interface ActionValuesProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.VALUES;
    }

    /**
     * Whether the values read feature vectors made by the run's feature constructor; false for
     * values that index discrete states themselves (tabular), which the agent then gives
     * one-hot vectors of the state without asking the feature constructor.
     */
    default boolean usesFeatures() {
        return true;
    }

    /**
     * Creates fresh action values (all zero) for one run.
     *
     * @param features the run's feature constructor (its {@code size()} is the number of weights per action)
     * @throws IllegalArgumentException when they cannot work with the context's spaces
     */
    ActionValues create(Parameters parameters, ComponentContext context, Features features);
}
