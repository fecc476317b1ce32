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

    /** Creates a fresh update rule for one run. */
    UpdateRule create(Parameters parameters, ComponentContext context);
}
