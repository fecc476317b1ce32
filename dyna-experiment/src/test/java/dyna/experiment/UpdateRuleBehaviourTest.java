package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.TabularAnalysis;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Expected Sarsa (Sutton and Barto, section 6.6) is Q-learning when the policy is greedy, and
 * differs from it when the policy explores; Sarsa and expected Sarsa learn the maze.
 */
class UpdateRuleBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    private static DynaAgent agent(String rule, String epsilon, int episodes) {
        AgentSpec spec = AgentSpec.dynaQ("dyna-maze").with(ComponentKind.UPDATE_RULE, rule).with("epsilon", epsilon)
                .with("alpha", "0.5").with("planning-steps", "5");
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec)).create(4);
        for (int e = 0; e < episodes; e++) {
            agent.runEpisode();
        }
        return agent;
    }

    @Test
    void expectedSarsaWithAGreedyPolicyIsQLearning() {
        assertArrayEquals(agent("q-learning", "0", 20).table().toArray(), agent("expected-sarsa", "0", 20).table().toArray());
        assertFalse(Arrays.equals(agent("q-learning", "0.1", 20).table().toArray(),
                agent("expected-sarsa", "0.1", 20).table().toArray()), "an exploring policy's expectation is not the max");
    }

    @Test
    void sarsaAndExpectedSarsaLearnTheMaze() {
        for (String rule : new String[] {"sarsa", "expected-sarsa"}) {
            DynaAgent agent = agent(rule, "0.1", 50);
            int path = TabularAnalysis.greedyPathLength(agent.environment().transitionTable().orElseThrow(),
                    agent.table(), 1000);
            assertTrue(path > 0 && path <= 20, rule + ": the greedy path after 50 episodes has " + path
                    + " steps (shortest 14; -1 if it never arrives)");
        }
        DynaAgent frozen = AgentFactory.of(AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze")
                .with(ComponentKind.UPDATE_RULE, "sarsa").with("alpha", "0"))).create(4);
        for (int e = 0; e < 5; e++) {
            frozen.runEpisode();
        }
        assertTrue(TabularAnalysis.greedyPathLength(frozen.environment().transitionTable().orElseThrow(),
                frozen.table(), 1000) < 0, "the ablation alpha = 0 learns no path");
    }
}
