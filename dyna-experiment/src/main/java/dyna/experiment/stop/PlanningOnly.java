package dyna.experiment.stop;

import dyna.api.env.Environment;
import dyna.api.env.TransitionTable;
import dyna.experiment.ChartOptions;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import dyna.experiment.WrittenResults;
import dyna.experiment.output.Csv;
import dyna.experiment.output.SeriesChart;
import dyna.experiment.output.SummaryCsv;
import dyna.experiment.output.SummaryGrid;
import dyna.experiment.output.SummaryTable;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.PolicyEvaluator;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No real steps: the planner spends {@code updates} updates from the environment's start
 * state, and at {@code checkpoints} evenly spaced points (and at 0) the value of the start
 * state under the greedy policy is computed exactly from the true transition table. Writes
 * {@code planning.csv} and {@code planning.png}.
 *
 * @param updates     at least 1
 * @param checkpoints at least 1 and at most {@code updates}
 */
public record PlanningOnly(int updates, int checkpoints) implements StopCondition {

    /** The start state's greedy value at each checkpoint, against the checkpoint's updates. */
    public static final Measure START_VALUE = new Measure("start_value", "updates");
    /** The checkpoints when none are given. */
    public static final int DEFAULT_CHECKPOINTS = 20;

    /** Checks the settings. */
    public PlanningOnly {
        StopConditions.atLeastOne("planning-only updates", updates);
        StopConditions.atLeastOne("checkpoints", checkpoints);
        if (checkpoints > updates) {
            throw new IllegalArgumentException("checkpoints (" + checkpoints + ") must be at most the planning updates ("
                    + updates + "): each checkpoint follows at least one update");
        }
    }

    @Override
    public String key() {
        return "planning-only";
    }

    @Override
    public Object settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("updates", updates);
        settings.put("checkpoints", checkpoints);
        return settings;
    }

    /** The number of updates at checkpoint {@code k}, 0 to {@code checkpoints}. */
    public int updatesAt(int k) {
        return (int) ((long) updates * k / checkpoints);
    }

    @Override
    public void check(DynaAgent probe) {
        startState(probe.environment());
    }

    /** The start state of an environment that gives its transition table, or an error saying why there is none. */
    public static int startState(Environment environment) {
        TransitionTable table = environment.transitionTable().orElseThrow(() -> new IllegalArgumentException(
                "pure planning runs need an environment that gives its transition table"));
        int start = 0;
        for (int s = 1; s < table.stateCount(); s++) {
            if (table.initialProbability(s) > table.initialProbability(start)) {
                start = s;
            }
        }
        return start;
    }

    /** Planning updates done of {@code updates}. */
    @Override
    public double progress(dyna.core.agent.AgentCounters done) {
        return Math.min(1, done.planningUpdates() / (double) updates);
    }

    @Override
    public long bytesPerRun() {
        return 8L * (checkpoints + 1);
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        double gamma = agent.planningContext().discount();
        int start = startState(agent.environment());
        PolicyEvaluator evaluator = new PolicyEvaluator(agent.environment().transitionTable().orElseThrow());
        double[] values = new double[checkpoints + 1];
        values[0] = evaluator.greedyValue(agent.table(), start, gamma, 1e-9);
        for (int k = 1; k <= checkpoints; k++) {
            agent.plan(updatesAt(k) - updatesAt(k - 1));
            values[k] = evaluator.greedyValue(agent.table(), start, gamma, 1e-9);
        }
        return new RunResult(Map.of(START_VALUE.name(), values), agent.counters());
    }

    @Override
    public List<Measure> measures() {
        return List.of(START_VALUE);
    }

    @Override
    public double[] xValues() {
        double[] x = new double[checkpoints + 1];
        for (int k = 0; k < x.length; k++) {
            x[k] = updatesAt(k);
        }
        return x;
    }

    @Override
    public WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment,
            long seed, ChartOptions chart) throws IOException {
        long[] at = new long[checkpoints + 1];
        for (int k = 0; k < at.length; k++) {
            at[k] = updatesAt(k);
        }
        double[] x = xValues();
        Csv.writeSeries(directory.resolve("planning.csv"), table, "updates", x, List.of(START_VALUE));
        SummaryCsv.write(directory.resolve("summary.csv"), table, measures, x);
        Optional<String> drawn = SeriesChart.write(directory.resolve("planning.png"),
                environment + ": value of the start state under the greedy policy", "Expected updates", table, x,
                m -> "Value of start state", chart, measures);
        SummaryGrid grid = SummaryTable.checkpoints(table, at, START_VALUE);
        return new WrittenResults("planning.csv", "planning.png", "Value of the start state under the greedy policy, "
                + "mean over " + table.runs() + " runs (" + environment + ", seed " + seed + ")\n" + grid.text(),
                grid.html(), drawn.stream().toList());
    }
}
