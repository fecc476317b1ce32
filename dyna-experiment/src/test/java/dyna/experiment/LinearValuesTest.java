package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dyna.api.learning.FeatureVector;
import dyna.api.learning.QTable;
import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import org.junit.jupiter.api.Test;

/** Tabular values are linear values over one-hot features, made fast: both learn the same numbers. */
class LinearValuesTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    private static DynaAgent agent(String values, long seed) {
        AgentSpec spec = AgentSpec.dynaQ("dyna-maze").with("planning-steps", "5").with("alpha", "0.5")
                .with(ComponentKind.VALUES, values);
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec)).create(seed);
        for (int e = 0; e < 30; e++) {
            agent.runEpisode();
        }
        return agent;
    }

    @Test
    void linearValuesOverOneHotFeaturesGiveTheTablesQValuesExactly() {
        for (long seed = 1; seed <= 3; seed++) {
            DynaAgent tabular = agent("tabular", seed);
            DynaAgent linear = agent("linear", seed);
            QTable table = assertInstanceOf(QTable.class, tabular.values());
            FeatureVector x = new FeatureVector(1);
            for (int s = 0; s < table.states(); s++) {
                linear.features().encode(s, null, x);
                for (int a = 0; a < table.actions(); a++) {
                    assertEquals(table.get(s, a), linear.values().value(x, a), 0.0, "seed " + seed + ", Q(" + s + ", " + a + ")");
                }
            }
            assertEquals(tabular.counters(), linear.counters());
        }
    }
}
