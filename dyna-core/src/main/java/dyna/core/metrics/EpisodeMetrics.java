package dyna.core.metrics;

import dyna.api.metric.MetricProvider;
import java.util.List;

/** The metrics every episode-measuring run gives, whatever an experiment asks for. */
public final class EpisodeMetrics {

    private EpisodeMetrics() {
    }

    /** Steps, return and truncation of each episode, then the planning updates it made. */
    public static final List<MetricProvider> STANDARD = List.of(new StepsMetricProvider(), new ReturnMetricProvider(),
            new TruncatedMetricProvider(), new PlanningUpdatesMetricProvider());
}
