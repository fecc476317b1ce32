package dyna.experiment;

import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.seed.Seeds;

/**
 * A sweep point ready to run: its resolved configuration, the factory of its agents, and its
 * seeds. Run i's agent seed derives from {@code seed} (the master seed and the whole
 * configuration) and i; its environment seed from {@code environmentSeed} (the master seed and
 * the environment's configuration alone) and i, so that the runs of every point with the same
 * environment meet the same environment randomness (common random numbers).
 *
 * @param point           the sweep point
 * @param configuration   the resolved configuration at this point
 * @param agents          creates the agent of each run
 * @param seed            the point's seed
 * @param environmentSeed the seed its runs' environment seeds derive from
 * @param plugins         the builds of the plugins its runs use ({@code name version sha256:HEX}, joined by
 *                        "; "), part of each run's identity; empty when it uses built-ins alone
 */
public record ExperimentPoint(SweepPoint point, AgentConfiguration configuration, AgentFactory agents, long seed,
        long environmentSeed, String plugins) {

    /** A point that uses no plugin. */
    public ExperimentPoint(SweepPoint point, AgentConfiguration configuration, AgentFactory agents, long seed,
            long environmentSeed) {
        this(point, configuration, agents, seed, environmentSeed, "");
    }

    /** A point whose environment seeds derive from its own seed (for tests and benchmarks). */
    public ExperimentPoint(SweepPoint point, AgentConfiguration configuration, AgentFactory agents, long seed) {
        this(point, configuration, agents, seed, Seeds.derive(seed, "environment"));
    }

    /** This point, its runs made with these plugin builds. */
    public ExperimentPoint withPlugins(String builds) {
        return new ExperimentPoint(point, configuration, agents, seed, environmentSeed, builds);
    }
}
