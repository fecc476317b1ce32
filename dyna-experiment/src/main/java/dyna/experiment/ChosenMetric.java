package dyna.experiment;

import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A metric an experiment asks for: its provider, its parameters' values, and the columns of it
 * asked for (as measures against the episode), in the provider's order.
 *
 * @param provider   the metric's provider
 * @param parameters its parameters' values
 * @param columns    the columns asked for, at least one
 */
public record ChosenMetric(MetricProvider provider, Parameters parameters, List<Measure> columns) {

    /** Copies the list. */
    public ChosenMetric {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("metric " + provider.id() + ": no column chosen");
        }
    }

    /** Every column of a provider, as measures against the episode. */
    public static List<Measure> measures(MetricProvider provider) {
        return provider.columns().stream().map(ChosenMetric::measure).toList();
    }

    /** A column as a measure against the episode. */
    public static Measure measure(MetricColumn column) {
        return new Measure(column.name(), "episode", column.nonNegative());
    }

    /** The names of the columns asked for. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /**
     * The metric of one run.
     *
     * @throws IllegalArgumentException when it cannot measure this agent (what it lacks, in one line)
     */
    public Metric create(AgentView agent) {
        return provider.create(parameters, agent, names());
    }

    /** The index of a column in the provider's columns (where {@link Metric#episodeEnded} writes it). */
    public int slot(Measure column) {
        List<MetricColumn> all = provider.columns();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(column.name())) {
                return i;
            }
        }
        throw new IllegalArgumentException("metric " + provider.id() + " has no column " + column.name());
    }
}
