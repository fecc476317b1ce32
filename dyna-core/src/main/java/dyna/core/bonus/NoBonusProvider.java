package dyna.core.bonus;

import dyna.api.bonus.BonusProvider;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/** Provides the absence of a bonus, {@code none}. */
public final class NoBonusProvider implements BonusProvider {

    @Override
    public String id() {
        return "none";
    }

    @Override
    public String description() {
        return "No exploration bonus (plain Dyna-Q)";
    }

    @Override
    public ExplorationBonus create(Parameters parameters, ComponentContext context) {
        return new NoBonus();
    }
}
