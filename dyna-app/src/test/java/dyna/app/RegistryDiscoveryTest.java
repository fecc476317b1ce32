package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.provider.ComponentProvider;
import dyna.core.registry.ProviderRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryDiscoveryTest {

    @Test
    void discoversEveryBuiltInProviderWithoutFailures() {
        ProviderRegistry registry = ProviderRegistry.discover();
        assertEquals(List.of(), registry.failures());
        assertEquals(List.of("acrobot", "blocking-maze", "boyan-chain", "cart-pole", "dyna-maze", "mountain-car",
                "mountain-car-continuous", "pendulum", "random-task", "shortcut-maze",
                "known-dynamics", "linear-expectation", "neural-ensemble", "no-model", "replay", "tabular-deterministic",
                "tabular-stochastic", "tabular-time", "true-model",
                "branched-rollouts", "linear-dyna", "on-policy-expected", "prioritized-sweeping", "random-sample", "uniform-expected",
                "all-pairs", "feature-priority", "on-policy-trajectories", "priority-queue", "recent-states",
                "replayed-features", "seen-pairs", "unit-features",
                "action-bonus", "dyna-q-plus", "none", "expected-sarsa", "q-learning", "sarsa", "epsilon-greedy",
                "linear", "tabular", "boyan-features", "one-hot", "tile-coding",
                "model-error", "planning-updates", "return", "spectral-radius", "steps", "truncated", "value-error",
                "no-learner", "sac", "cem", "mppi", "no-controller", "random-shooting"),
                registry.providers().stream().map(ComponentProvider::id).toList());
    }
}
