package dyna.core.compose;

import dyna.api.provider.ComponentContext;
import dyna.api.model.Model;

/** The {@link Slots slot} of the agent's Model component. */
@FunctionalInterface
public interface ModelFactory {

    /** Creates a fresh model for one run. */
    Model create(ComponentContext context);
}
