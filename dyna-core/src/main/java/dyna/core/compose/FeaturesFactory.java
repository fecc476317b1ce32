package dyna.core.compose;

import dyna.api.learning.Features;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its feature constructor. */
@FunctionalInterface
public interface FeaturesFactory {

    /** Creates a feature constructor for one run. */
    Features create(ComponentContext context);
}
