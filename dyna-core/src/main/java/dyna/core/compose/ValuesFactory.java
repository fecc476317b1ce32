package dyna.core.compose;

import dyna.api.learning.ActionValues;
import dyna.api.learning.Features;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its action values. */
@FunctionalInterface
public interface ValuesFactory {

    /**
     * Creates fresh action values for one run.
     *
     * @param features the run's feature constructor (one-hot of the state when {@link #usesFeatures()} is false)
     */
    ActionValues create(ComponentContext context, Features features);

    /** Whether the values read the run's feature constructor; false for values that index discrete states. */
    default boolean usesFeatures() {
        return true;
    }
}
