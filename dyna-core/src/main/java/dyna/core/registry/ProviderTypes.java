package dyna.core.registry;

import dyna.api.bonus.BonusProvider;
import dyna.api.env.EnvironmentProvider;
import dyna.api.learning.PolicyProvider;
import dyna.api.learning.UpdateRuleProvider;
import dyna.api.model.ModelProvider;
import dyna.api.planning.PlannerProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;

/** The provider interface of each kind of component. */
public final class ProviderTypes {

    private ProviderTypes() {
    }

    /** The service interface that providers of {@code kind} implement. */
    public static Class<? extends ComponentProvider> of(ComponentKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> EnvironmentProvider.class;
            case MODEL -> ModelProvider.class;
            case PLANNER -> PlannerProvider.class;
            case BONUS -> BonusProvider.class;
            case UPDATE_RULE -> UpdateRuleProvider.class;
            case POLICY -> PolicyProvider.class;
        };
    }
}
