package dyna.app.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The tabular path allocates nothing per real step or planning update. Counted in bytes by
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
}
