package dyna.core.metrics;

import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/** Provides {@code steps}: the real steps of each episode. */
public final class StepsMetricProvider implements MetricProvider {

    @Override
    public String id() {
        return "steps";
    }

    @Override
    public String description() {
        return "real steps of each episode";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn("steps", true, "real steps of the episode"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        return (episode, values) -> values[0] = episode.steps();
    }
}
