package dyna.core.compose;

import dyna.api.provider.ComponentContext;
import dyna.api.bonus.ExplorationBonus;

/** The {@link Slots slot} of the agent's ExplorationBonus component. */
@FunctionalInterface
public interface BonusFactory {

    /** Creates a fresh exploration bonus for one run. */
    ExplorationBonus create(ComponentContext context);
}
