package dyna.app.bench;

import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.util.List;

/**
 * Heap per state-action pair of tabular agents on a large open maze (a generated map of N x N
 * cells, start and goal in opposite corners), after
 * the agent is set up and again after its first episode has filled what it fills as it goes:
 * the heap in use after collections, with the agent held, less the heap without it.
 */
public final class MemoryBenchmark {

    /**
     * One agent's figures.
     *
     * @param what          which agent
     * @param pairs         its state-action pairs
     * @param afterSetup    bytes per pair once set up
     * @param afterEpisode  bytes per pair after one episode
     */
    public record Result(String what, long pairs, double afterSetup, double afterEpisode) {
    }

    private MemoryBenchmark() {
    }

    /** Measures Dyna-Q and prioritized sweeping (stochastic model) on an open {@code size} x {@code size} map. */
    public static List<Result> run(ProviderRegistry registry, int size) throws java.io.IOException {
        java.nio.file.Path map = java.nio.file.Files.createTempFile("dyna-memory", ".txt");
        try {
            StringBuilder text = new StringBuilder(size * (size + 1));
            for (int row = 0; row < size; row++) {
                for (int column = 0; column < size; column++) {
                    text.append(row == 0 && column == 0 ? 'S' : row == size - 1 && column == size - 1 ? 'G' : '.');
                }
                text.append('\n');
            }
            java.nio.file.Files.writeString(map, text);
            return measureBoth(registry, AgentSpec.dynaQ("dyna-maze").with("map", map.toString())
                    .with("max-episode-steps", "20000"));
        } finally {
            java.nio.file.Files.deleteIfExists(map);
        }
    }

    private static List<Result> measureBoth(ProviderRegistry registry, AgentSpec dynaQ) {
        return List.of(
                measure("tabular Dyna-Q (tabular-deterministic, random-sample)", registry, dynaQ),
                measure("prioritized sweeping (tabular-stochastic)", registry,
                        dynaQ.with(ComponentKind.MODEL, "tabular-stochastic")
                                .with(ComponentKind.PLANNER, "prioritized-sweeping")));
    }

    private static Result measure(String what, ProviderRegistry registry, AgentSpec spec) {
        AgentFactory agents = AgentFactory.of(AgentConfiguration.resolve(registry, spec));
        long before = usedAfterCollections();
        DynaAgent agent = agents.create(7);
        long setUp = usedAfterCollections() - before;
        agent.runEpisode();
        long episode = usedAfterCollections() - before;
        long pairs = agent.pairs();
        java.lang.ref.Reference.reachabilityFence(agent);
        return new Result(what, pairs, (double) setUp / pairs, (double) episode / pairs);
    }

    private static long usedAfterCollections() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
