package dyna.core.bonus;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;

/** No exploration bonus: plain Dyna-Q. */
final class NoBonus implements ExplorationBonus {

    @Override
    public BonusPlacement placement() {
        return BonusPlacement.NONE;
    }

    @Override
    public double bonus(int state, int action, long stepsSinceTried) {
        return 0.0;
    }
}
