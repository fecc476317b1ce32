package dyna.api.metric;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Set;

/**
 * Creates metrics; found by {@link java.util.ServiceLoader}. An experiment names the columns it
 * wants ({@code metrics: [value_error]}); the provider of each is created once per run, told which
 * of its columns were asked for, and its values appear in {@code episodes.csv}, the summary, the
 * chart and the report.
 */
public interface MetricProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.METRIC;
    }

    /** The columns it measures, in the order {@link Metric#episodeEnded} writes them; at least one. */
    List<MetricColumn> columns();

    /**
     * Creates the metric of one run, before its first step.
     *
     * @param parameters its parameters' values
     * @param agent      the run's agent, to read
     * @param chosen     the names of its columns the experiment asked for (at least one)
     * @throws IllegalArgumentException saying in one line what this agent or environment lacks for
     *                                  it (a transition table, a model with expectations, ...);
     *                                  the experiment is refused before its first run
     */
    Metric create(Parameters parameters, AgentView agent, Set<String> chosen);
}
