package dyna.api.bonus;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates exploration bonuses; found by {@link java.util.ServiceLoader}. */
public interface BonusProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.BONUS;
    }

    /** Creates a fresh bonus for one run. */
    ExplorationBonus create(Parameters parameters, ComponentContext context);
}
