package dyna.app.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.core.seed.Seeds;
import org.junit.jupiter.api.Test;

/**
 * When the world changes, Dyna-Q+ finds out and Dyna-Q does not (Sutton and Barto, section 8.3,
 * Figures 8.4 and 8.5): averages over 20 runs with fixed seeds, the book's parameters.
 */
class ChangingWorldsBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();
    private static final int RUNS = 20;

    /** Mean cumulative reward after each step, over {@link #RUNS} runs. */
    private static double[] cumulativeReward(String maze, String model, String bonus, String planningSteps,
            String kappa, int steps) {
        AgentSpec spec = AgentSpec.dynaQ(maze)
                .with(ComponentKind.MODEL, model)
                .with(ComponentKind.BONUS, bonus)
                .with("alpha", "1.0")
                .with("planning-steps", planningSteps);
        if (!bonus.equals("none")) {
            spec = spec.with("kappa", kappa);
        }
        AgentFactory agents = AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec));
        double[] mean = new double[steps];
        for (int run = 0; run < RUNS; run++) {
            DynaAgent agent = agents.create(Seeds.derive(84, run));
            double total = 0;
            double[] rewards = agent.runSteps(steps);
            for (int t = 0; t < steps; t++) {
                total += rewards[t];
                mean[t] += total / RUNS;
            }
        }
        return mean;
    }

    /** Reward per 1000 steps over the 1000 steps that end at {@code end}. */
    private static double rate(double[] cumulative, int end) {
        return cumulative[end - 1] - (end == 1000 ? 0 : cumulative[end - 1001]);
    }

    @Test
    void onTheBlockingMazeDynaQPlusEndsWithMoreRewardThanDynaQ() {
        double[] dynaQ = cumulativeReward("blocking-maze", "tabular-deterministic", "none", "10", "1e-4", 3000);
        double[] dynaQPlus = cumulativeReward("blocking-maze", "tabular-time", "dyna-q-plus", "10", "1e-4", 3000);
        assertTrue(dynaQPlus[2999] > dynaQ[2999],
                "Dyna-Q+ " + dynaQPlus[2999] + " against Dyna-Q " + dynaQ[2999] + " at step 3000");
        // Both stall right after the change at step 1000 (the only path they know is blocked).
        assertTrue(rate(dynaQ, 2000) < rate(dynaQ, 1000) && rate(dynaQPlus, 2000) < rate(dynaQPlus, 1000));
    }

    /**
     * "Takes the shortcut" means its reward rate at the end exceeds its rate before the change
     * by more than 20%: the new path is 10 steps against 16, which would raise the rate by
     * about 60%, while a policy that keeps the old path stays within a few percent.
     */
    @Test
    void onTheShortcutMazeDynaQPlusTakesTheShortcutAndDynaQDoesNot() {
        double[] dynaQ = cumulativeReward("shortcut-maze", "tabular-deterministic", "none", "50", "1e-3", 6000);
        double[] dynaQPlus = cumulativeReward("shortcut-maze", "tabular-time", "dyna-q-plus", "50", "1e-3", 6000);
        double plusBefore = rate(dynaQPlus, 3000);
        double plusAtEnd = rate(dynaQPlus, 6000);
        assertTrue(plusAtEnd > 1.2 * plusBefore, "Dyna-Q+: " + plusBefore + " per 1000 steps before, " + plusAtEnd
                + " at the end");
        double before = rate(dynaQ, 3000);
        double atEnd = rate(dynaQ, 6000);
        assertTrue(atEnd < 1.2 * before, "Dyna-Q: " + before + " per 1000 steps before, " + atEnd + " at the end");
    }
}
