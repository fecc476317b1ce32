package dyna.core.compose;

import dyna.api.provider.ComponentContext;
import dyna.api.learning.UpdateRule;

/** The {@link Slots slot} of the agent's UpdateRule component. */
@FunctionalInterface
public interface UpdateRuleFactory {

    /** Creates a fresh update rule for one run. */
    UpdateRule create(ComponentContext context);
}
