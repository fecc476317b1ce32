package dyna.core.compose;

import dyna.api.learning.Policy;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its Policy. */
@FunctionalInterface
public interface PolicyFactory {

    /** Creates a fresh behaviour policy for one run. */
    Policy create(ComponentContext context);
}
