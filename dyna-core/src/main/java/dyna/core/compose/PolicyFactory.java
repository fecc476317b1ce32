package dyna.core.compose;

import dyna.api.provider.ComponentContext;
import dyna.api.learning.Policy;

/** The {@link Slots slot} of the agent's Policy component. */
@FunctionalInterface
public interface PolicyFactory {

    /** Creates a fresh behaviour policy for one run. */
    Policy create(ComponentContext context);
}
