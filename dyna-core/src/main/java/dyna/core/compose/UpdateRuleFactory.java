package dyna.core.compose;

import dyna.api.learning.Policy;
import dyna.api.learning.UpdateRule;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its UpdateRule. */
@FunctionalInterface
public interface UpdateRuleFactory {

    /** Creates a fresh update rule for one run, given the agent's behaviour policy (for expected targets). */
    UpdateRule create(ComponentContext context, Policy policy);
}
