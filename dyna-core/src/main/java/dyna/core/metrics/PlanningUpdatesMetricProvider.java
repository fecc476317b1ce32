package dyna.core.metrics;

import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/**
 * Provides {@code planning-updates}: the planning updates actually made during each episode, to
 * hold against its budget, {@code planning-steps} times its real steps. A planner that stops
 * early (prioritized sweeping with an empty queue, rollouts that a model cannot start yet) spends
 * less, and this is where it shows.
 */
public final class PlanningUpdatesMetricProvider implements MetricProvider {

    @Override
    public String id() {
        return "planning-updates";
    }

    @Override
    public String description() {
        return "planning updates made during each episode (its budget: planning-steps x its real steps)";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn("planning_updates", true, "planning updates made during the episode"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        return new Metric() {
            private long before = agent.planningUpdates();

            @Override
            public void episodeEnded(dyna.api.run.EpisodeResult episode, double[] values) {
                long now = agent.planningUpdates();
                values[0] = now - before;
                before = now;
            }
        };
    }
}
