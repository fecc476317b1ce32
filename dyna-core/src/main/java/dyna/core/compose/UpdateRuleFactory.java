package dyna.core.compose;

import dyna.api.learning.UpdateRule;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its UpdateRule. */
@FunctionalInterface
public interface UpdateRuleFactory {

    /** Creates a fresh update rule for one run. */
    UpdateRule create(ComponentContext context);
}
