package dyna.core.compose;

import dyna.api.learning.Features;
import dyna.api.model.Model;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its Model. */
@FunctionalInterface
public interface ModelFactory {

    /** Creates a fresh model for one run. */
    Model create(ComponentContext context);

    /**
     * Creates a fresh model for one run that may read the run's feature constructor; by default
     * the features are ignored, so a lambda over the context alone binds a model.
     */
    default Model create(ComponentContext context, Features features) {
        return create(context);
    }
}
