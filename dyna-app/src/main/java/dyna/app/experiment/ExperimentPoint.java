package dyna.app.experiment;

import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;

/**
 * A sweep point ready to run: its resolved configuration, the factory of its agents, and the
 * seed derived from the master seed and the configuration itself.
 *
 * @param point         the sweep point
 * @param configuration the resolved configuration at this point
 * @param agents        creates the agent of each run
 * @param seed          the point's seed; run i's seed derives from it and i
 */
public record ExperimentPoint(SweepPoint point, AgentConfiguration configuration, AgentFactory agents, long seed) {
}
