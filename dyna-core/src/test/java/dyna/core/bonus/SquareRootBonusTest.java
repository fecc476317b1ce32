package dyna.core.bonus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SquareRootBonusTest {

    private static final ComponentContext CONTEXT =
            new ComponentContext(new Discrete(3), new Discrete(2), new SplittableRandom(1));

    @Test
    void dynaQPlusAddsKappaTimesRootTauToSimulatedRewards() {
        DynaQPlusBonusProvider provider = new DynaQPlusBonusProvider();
        ExplorationBonus bonus = provider.create(Parameters.resolve(provider.parameters(), Map.of("kappa", "0.01")), CONTEXT);
        assertEquals(BonusPlacement.PLANNING_REWARD, bonus.placement());
        assertEquals(0.01 * Math.sqrt(2500), bonus.bonus(1, 0, 2500), 1e-15);
        assertEquals(0.0, bonus.bonus(1, 0, 0));
    }

    @Test
    void actionBonusAppliesToActionSelection() {
        ActionBonusProvider provider = new ActionBonusProvider();
        ExplorationBonus bonus = provider.create(Parameters.defaults(provider.parameters()), CONTEXT);
        assertEquals(BonusPlacement.ACTION_SELECTION, bonus.placement());
        assertEquals(0.001 * 3, bonus.bonus(0, 1, 9), 1e-15);
    }

    @Test
    void noneIsZeroEverywhere() {
        ExplorationBonus bonus = new NoBonusProvider().create(Parameters.defaults(java.util.List.of()), CONTEXT);
        assertEquals(BonusPlacement.NONE, bonus.placement());
        assertEquals(0.0, bonus.bonus(2, 1, 1_000_000));
    }
}
