package dyna.api.learning;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates update rules; found by {@link java.util.ServiceLoader}. */
public interface UpdateRuleProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.UPDATE_RULE;
    }

    /**
     * Creates a fresh update rule for one run.
     *
     * @param policy the agent's behaviour policy, for rules whose target is an expectation
     *               under it (expected Sarsa); read its {@link Policy#probabilities}, never
     *               draw from it
     */
    UpdateRule create(Parameters parameters, ComponentContext context, Policy policy);
}
