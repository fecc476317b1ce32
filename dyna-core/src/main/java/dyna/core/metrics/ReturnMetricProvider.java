package dyna.core.metrics;

import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/** Provides {@code return}: the undiscounted sum of each episode's rewards. */
public final class ReturnMetricProvider implements MetricProvider {

    @Override
    public String id() {
        return "return";
    }

    @Override
    public String description() {
        return "the return of each episode: the undiscounted sum of its rewards";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn("return", false, "the undiscounted sum of the episode's rewards"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        return (episode, values) -> values[0] = episode.reward();
    }
}
