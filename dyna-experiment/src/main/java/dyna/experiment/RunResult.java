package dyna.experiment;

import dyna.core.agent.AgentCounters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run gave: named series of numbers (a value per episode, step or checkpoint, or one
 * value per run) and the work the run did. Its stop condition decides which series there are.
 *
 * @param series   series by name, in name order
 * @param counters the work the run did
 * @param cost     what the run cost (time, host): a record, not part of the result
 */
public record RunResult(Map<String, double[]> series, AgentCounters counters, RunCost cost) {

    /** Copies the map into name order. */
    public RunResult {
        series = Collections.unmodifiableMap(new TreeMap<>(series));
        cost = cost == null ? RunCost.UNKNOWN : cost;
    }

    /** A result whose cost is not known. */
    public RunResult(Map<String, double[]> series, AgentCounters counters) {
        this(series, counters, RunCost.UNKNOWN);
    }

    /** The same result with its cost. */
    public RunResult withCost(RunCost measured) {
        return new RunResult(series, counters, measured);
    }

    /** The series of {@code name}. */
    public double[] series(String name) {
        double[] values = series.get(name);
        if (values == null) {
            throw new IllegalArgumentException("this run has no series '" + name + "'; it has " + series.keySet());
        }
        return values;
    }

    /** The values of a measure. */
    public double[] of(Measure measure) {
        return series(measure.name());
    }

    /** Direct and planning updates together: real steps plus planning updates. */
    public long updates() {
        return counters.realSteps() + counters.planningUpdates();
    }
}
