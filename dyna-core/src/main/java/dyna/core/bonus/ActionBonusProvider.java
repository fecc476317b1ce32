package dyna.core.bonus;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.BonusProvider;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/**
 * Provides the action-selection bonus of the book's Exercise 8.4: κ√τ added to the values used
 * to choose real actions, never stored in Q nor used in updates.
 */
public final class ActionBonusProvider implements BonusProvider {

    @Override
    public String id() {
        return "action-bonus";
    }

    @Override
    public String description() {
        return "Exercise 8.4: kappa * sqrt(tau) added to the values used to choose real actions, never stored in Q";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(KappaParameter.KAPPA);
    }

    @Override
    public ExplorationBonus create(Parameters parameters, ComponentContext context) {
        return new SquareRootBonus(parameters.getDouble("kappa"), BonusPlacement.ACTION_SELECTION);
    }
}
