package dyna.experiment;

import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A metric an experiment asks for: its provider, its parameters' values, and the columns of it
 * asked for (as measures against the episode), in the provider's order. Where each column stands
 * among the provider's is worked out once, not at every episode.
 */
public final class ChosenMetric {

    private final MetricProvider provider;
    private final Parameters parameters;
    private final List<Measure> columns;
    private final Set<String> names;
    private final int[] slots;
    private final int width;

    /**
     * @param provider   the metric's provider
     * @param parameters its parameters' values
     * @param columns    the columns asked for, at least one, each one of the provider's
     * @throws IllegalArgumentException for no column, or one the provider does not measure
     */
    public ChosenMetric(MetricProvider provider, Parameters parameters, List<Measure> columns) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("metric " + provider.id() + ": no column chosen");
        }
        List<MetricColumn> all = provider.columns();
        this.width = all.size();
        this.slots = new int[this.columns.size()];
        Set<String> chosen = new LinkedHashSet<>();
        for (int c = 0; c < slots.length; c++) {
            String name = this.columns.get(c).name();
            slots[c] = all.stream().map(MetricColumn::name).toList().indexOf(name);
            if (slots[c] < 0) {
                throw new IllegalArgumentException("metric " + provider.id() + " has no column " + name);
            }
            chosen.add(name);
        }
        this.names = Collections.unmodifiableSet(chosen);
    }

    /** Every column of a provider, as measures against the episode. */
    public static List<Measure> measures(MetricProvider provider) {
        return provider.columns().stream().map(ChosenMetric::measure).toList();
    }

    /** A column as a measure against the episode. */
    public static Measure measure(MetricColumn column) {
        return new Measure(column.name(), "episode", column.nonNegative());
    }

    /** The metric's provider. */
    public MetricProvider provider() {
        return provider;
    }

    /** Its parameters' values. */
    public Parameters parameters() {
        return parameters;
    }

    /** The columns asked for, in the provider's order. */
    public List<Measure> columns() {
        return columns;
    }

    /** The names of the columns asked for. */
    public Set<String> names() {
        return names;
    }

    /** The number of columns the provider measures, which {@link Metric#episodeEnded} writes. */
    public int width() {
        return width;
    }

    /** Where column {@code c} of {@link #columns()} stands among the provider's (where {@link Metric#episodeEnded} writes it). */
    public int slot(int c) {
        return slots[c];
    }

    /**
     * The metric of one run.
     *
     * @throws IllegalArgumentException when it cannot measure this agent (what it lacks, in one line)
     */
    public Metric create(AgentView agent) {
        return provider.create(parameters, agent, names);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChosenMetric chosen && chosen.provider.equals(provider)
                && chosen.parameters.asMap().equals(parameters.asMap()) && chosen.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, parameters.asMap(), columns);
    }

    @Override
    public String toString() {
        return provider.id() + columns.stream().map(Measure::name).toList();
    }
}
