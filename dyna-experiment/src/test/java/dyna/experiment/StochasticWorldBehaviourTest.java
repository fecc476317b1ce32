package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.TransitionTable;
import dyna.api.learning.QTable;
import dyna.api.provider.ComponentKind;
import dyna.experiment.stop.PlanningOnly;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.ValueIteration;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import org.junit.jupiter.api.Test;

/**
 * A stochastic world (random tasks: three possible next states per pair, N(0, 1) rewards,
 * termination 0.1) checked against exact value iteration on its true transition table.
 */
class StochasticWorldBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    private static DynaAgent agent(String model, String planner, String... parameters) {
        AgentSpec spec = AgentSpec.dynaQ("random-task").with(ComponentKind.MODEL, model)
                .with(ComponentKind.PLANNER, planner)
                .with("states", "20").with("branching", "3").with("gamma", "0.9").with("alpha", "1");
        for (int i = 0; i < parameters.length; i += 2) {
            spec = spec.with(parameters[i], parameters[i + 1]);
        }
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec)).create(21);
    }

    private static double largestError(QTable values, QTable optimal, int[] states) {
        double largest = 0;
        for (int s : states) {
            for (int a = 0; a < optimal.actions(); a++) {
                largest = Math.max(largest, Math.abs(values.get(s, a) - optimal.get(s, a)));
            }
        }
        return largest;
    }

    private static int[] all(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    @Test
    void expectedUpdatesWithTheTrueDynamicsConvergeToTheOptimalValues() {
        DynaAgent agent = agent("known-dynamics", "uniform-expected");
        TransitionTable table = agent.environment().transitionTable().orElseThrow();
        QTable optimal = ValueIteration.optimalValues(table, 0.9, 1e-12);
        agent.plan(20 * 2 * 400);   // 400 sweeps of the 40 pairs
        double error = largestError(agent.table(), optimal, all(20));
        assertTrue(error < 1e-9, "largest |Q - Q*| after 400 sweeps: " + error);
    }

    /**
     * Prioritized sweeping on a learned distribution model makes expected updates, so with
     * step size 1 it computes the model's own optimal values; those approach Q* as the model's
     * probabilities approach the true ones. A planner making sample updates with step size 1
     * would copy single outcomes instead and stay far off.
     */
    @Test
    void prioritizedSweepingOnALearnedStochasticModelApproachesTheOptimalValues() {
        DynaAgent agent = agent("tabular-stochastic", "prioritized-sweeping", "planning-steps", "20",
                "theta", "1e-6");
        TransitionTable table = agent.environment().transitionTable().orElseThrow();
        QTable optimal = ValueIteration.optimalValues(table, 0.9, 1e-12);
        agent.runSteps(30_000);
        int start = PlanningOnly.startState(agent.environment());
        double error = largestError(agent.table(), optimal, new int[] {start});
        assertTrue(error < 0.1, "largest |Q - Q*| at the start state after 30,000 real steps: " + error);
    }
}
