package dyna.core.compose;

import dyna.api.bonus.ExplorationBonus;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its ExplorationBonus. */
@FunctionalInterface
public interface BonusFactory {

    /** Creates a fresh exploration bonus for one run. */
    ExplorationBonus create(ComponentContext context);
}
