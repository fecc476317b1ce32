package dyna.app.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentKind;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.core.seed.Seeds;
import dyna.app.stop.PlanningOnly;
import org.junit.jupiter.api.Test;

/**
 * Trajectory sampling against uniform expected updates on random tasks (Sutton and Barto,
 * section 8.6, Figure 8.8): planning with the true dynamics, the start state's value under the
 * greedy policy, averaged over 50 tasks with fixed seeds.
 */
class TrajectorySamplingBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();
    private static final int TASKS = 50;

    /** Mean start value at each of 40 checkpoints over 20,000 updates (every 500). */
    private static double[] startValues(String planner, int branching) {
        AgentSpec spec = AgentSpec.dynaQ("random-task")
                .with(ComponentKind.MODEL, "known-dynamics")
                .with(ComponentKind.PLANNER, planner)
                .with("states", "1000").with("branching", Integer.toString(branching))
                .with("alpha", "1").with("gamma", "1");
        AgentConfiguration configuration = AgentConfiguration.resolve(REGISTRY, spec);
        ExperimentPoint point = new ExperimentPoint(null, configuration, AgentFactory.of(configuration),
                Seeds.derive(88, branching));
        PlanningOnly planning = new PlanningOnly(20_000, 40);
        double[] mean = new double[41];
        for (int task = 0; task < TASKS; task++) {
            double[] values = ExperimentRunner.run(point, task, planning).series("start_value");
            for (int k = 0; k <= 40; k++) {
                mean[k] += values[k] / TASKS;
            }
        }
        return mean;
    }

    @Test
    void onPolicySamplingIsAheadEarlyAndUniformOvertakesItLaterWithOneBranch() {
        double[] uniform = startValues("uniform-expected", 1);
        double[] onPolicy = startValues("on-policy-expected", 1);
        assertTrue(onPolicy[1] > uniform[1], "after 500 updates: on-policy " + onPolicy[1] + ", uniform " + uniform[1]);
        assertTrue(onPolicy[2] > uniform[2], "after 1000 updates: on-policy " + onPolicy[2] + ", uniform " + uniform[2]);
        assertTrue(uniform[40] > onPolicy[40], "after 20000 updates: uniform " + uniform[40] + ", on-policy "
                + onPolicy[40]);
    }

    @Test
    void onPolicySamplingIsAheadEarlyWithThreeBranches() {
        double[] uniform = startValues("uniform-expected", 3);
        double[] onPolicy = startValues("on-policy-expected", 3);
        assertTrue(onPolicy[1] > uniform[1], "after 500 updates: on-policy " + onPolicy[1] + ", uniform " + uniform[1]);
    }
}
