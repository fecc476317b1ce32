package dyna.core.bonus;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.BonusProvider;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides Dyna-Q+'s bonus: κ√τ added to the reward of simulated transitions only (section 8.3). */
public final class DynaQPlusBonusProvider implements BonusProvider {

    @Override
    public String id() {
        return "dyna-q-plus";
    }

    @Override
    public String description() {
        return "Dyna-Q+: kappa * sqrt(tau) added to the reward of simulated transitions only";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(KappaParameter.KAPPA);
    }

    @Override
    public ExplorationBonus create(Parameters parameters, ComponentContext context) {
        return new SquareRootBonus(parameters.getDouble("kappa"), BonusPlacement.PLANNING_REWARD);
    }
}
