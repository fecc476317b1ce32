package dyna.core.metrics;

import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/**
 * Provides {@code truncated}: 1 for an episode cut short (by {@code max-episode-steps} or the
 * environment's time limit) before reaching a terminal state, else 0. Counted in the printed
 * summary, never summarised as a mean.
 */
public final class TruncatedMetricProvider implements MetricProvider {

    @Override
    public String id() {
        return "truncated";
    }

    @Override
    public String description() {
        return "1 for an episode cut short by a time limit rather than ended in a terminal state, else 0";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn("truncated", true,
                "1 for an episode that ended at a step limit rather than in a terminal state, else 0"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        return (episode, values) -> values[0] = episode.truncated() ? 1 : 0;
    }
}
