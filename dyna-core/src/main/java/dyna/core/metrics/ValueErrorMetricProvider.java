package dyna.core.metrics;

import dyna.api.env.TransitionTable;
import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import dyna.core.analysis.ValueError;
import java.util.List;
import java.util.Set;

/**
 * Provides {@code value-error}: after each episode, the RMSE of max_a Q(s, a) against the true
 * V*(s) over the states of the environment's transition table ({@link ValueError}), for
 * environments that give one with at most {@link #MAX_PAIRS} state-action pairs. The truth is
 * recomputed each episode, so that it follows a world that changes.
 */
public final class ValueErrorMetricProvider implements MetricProvider {

    /** The largest table whose value or model error is measured. */
    public static final int MAX_PAIRS = 5_000;

    @Override
    public String id() {
        return "value-error";
    }

    @Override
    public String description() {
        return "RMSE of max_a Q(s, a) against the true V*(s), for environments that give their transition table";
    }

    @Override
    public List<MetricColumn> columns() {
        return List.of(new MetricColumn("value_error", true,
                "RMS difference between max_a Q(s, a) and V*(s) over the states of the transition table"));
    }

    @Override
    public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
        table(agent, "value_error", "");
        return (episode, values) -> values[0] = new ValueError(agent.environment().transitionTable().orElseThrow(),
                agent.discount(), agent.features().maxActive()).of(agent.values(), agent.features());
    }

    /**
     * The environment's transition table, checked to be small enough to measure against.
     *
     * @param otherwise what else would do, appended to the message when there is no table
     * @throws IllegalArgumentException when there is none, or it has more than {@link #MAX_PAIRS} pairs
     */
    static TransitionTable table(AgentView agent, String column, String otherwise) {
        TransitionTable table = agent.environment().transitionTable().orElseThrow(() -> new IllegalArgumentException(
                "metric " + column + " needs an environment that gives its transition table" + otherwise));
        long pairs = (long) table.stateCount() * table.actionCount();
        if (pairs > MAX_PAIRS) {
            throw new IllegalArgumentException("metric " + column + " is measured for tables of at most " + MAX_PAIRS
                    + " state-action pairs, and this environment has " + pairs);
        }
        return table;
    }
}
