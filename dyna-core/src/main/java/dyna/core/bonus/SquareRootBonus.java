package dyna.core.bonus;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;

/** κ√τ, where τ is the number of real steps since the pair was last tried (Dyna-Q+). */
final class SquareRootBonus implements ExplorationBonus {

    private final double kappa;
    private final BonusPlacement placement;

    SquareRootBonus(double kappa, BonusPlacement placement) {
        this.kappa = kappa;
        this.placement = placement;
    }

    @Override
    public BonusPlacement placement() {
        return placement;
    }

    @Override
    public double bonus(int state, int action, long stepsSinceTried) {
        return kappa * Math.sqrt(stepsSinceTried);
    }
}
