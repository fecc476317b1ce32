package dyna.core.compose;

import dyna.api.model.Model;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its Model. */
@FunctionalInterface
public interface ModelFactory {

    /** Creates a fresh model for one run. */
    Model create(ComponentContext context);
}
