package dyna.app.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The tabular path allocates nothing per real step or planning update, nor does linear Sarsa
 * over tile coding per real step. Counted in bytes by
 * the JVM (not timed), after a warm-up so that class loading is done.
 */
class AllocationTest {

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private DynaAgent warmAgent() {
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(ProviderRegistry.discover(),
                AgentSpec.dynaQ("dyna-maze").with("planning-steps", "5"))).create(3);
        for (int e = 0; e < 50; e++) {
            agent.runEpisode();
        }
        return agent;
    }

    @Test
    void planningUpdatesAllocateNothing() {
        DynaAgent agent = warmAgent();
        agent.planner().plan(100_000);
        long before = threads.getCurrentThreadAllocatedBytes();
        agent.planner().plan(1_000_000);
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 10_000, bytes + " bytes allocated by 1,000,000 planning updates");
    }

    @Test
    void realStepsAllocateOnlyTheResultOfEachEpisode() {
        DynaAgent agent = warmAgent();
        long stepsBefore = agent.counters().realSteps();
        long episodesBefore = agent.counters().episodes();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < 2000; e++) {
            agent.runEpisode();
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        long steps = agent.counters().realSteps() - stepsBefore;
        long episodes = agent.counters().episodes() - episodesBefore;
        // One EpisodeResult (at most 32 bytes) per episode, and nothing per step.
        assertTrue(bytes <= 32 * episodes + 10_000, bytes + " bytes for " + steps + " steps in " + episodes + " episodes");
    }

    @Test
    void linearSarsaOverTileCodingAllocatesOnlyTheResultOfEachEpisode() {
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(ProviderRegistry.discover(),
                AgentSpec.dynaQ("mountain-car").with(ComponentKind.MODEL, "no-model")
                        .with(ComponentKind.UPDATE_RULE, "sarsa").with(ComponentKind.VALUES, "linear")
                        .with(ComponentKind.FEATURES, "tile-coding").with("epsilon", "0").with("gamma", "1")
                        .with("alpha", "0.0625").with("planning-steps", "0"))).create(3);
        for (int e = 0; e < 100; e++) {
            agent.runEpisode();
        }
        long stepsBefore = agent.counters().realSteps();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < 500; e++) {
            agent.runEpisode();
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        long steps = agent.counters().realSteps() - stepsBefore;
        assertTrue(bytes <= 32 * 500 + 10_000, bytes + " bytes for " + steps + " steps in 500 episodes");
    }
}
