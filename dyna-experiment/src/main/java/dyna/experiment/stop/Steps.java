package dyna.experiment.stop;

import dyna.experiment.ChartOptions;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import dyna.experiment.WrittenResults;
import dyna.experiment.output.Csv;
import dyna.experiment.output.LineChart;
import dyna.experiment.output.SeriesChart;
import dyna.experiment.output.SummaryCsv;
import dyna.experiment.output.SummaryGrid;
import dyna.experiment.output.SummaryTable;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stop after {@code count} real steps, across episodes; measures the cumulative reward after
 * each step, and writes {@code steps.csv} and {@code steps.png}.
 *
 * @param count at least 1
 */
public record Steps(int count) implements StopCondition {

    /** Cumulative reward after each real step, against the step. */
    public static final Measure CUMULATIVE_REWARD = new Measure("cumulative_reward", "step");

    /** Checks the count. */
    public Steps {
        StopConditions.atLeastOne("steps", count);
    }

    @Override
    public String key() {
        return "steps";
    }

    @Override
    public Object settings() {
        return count;
    }

    /** Real steps done of {@code count}. */
    @Override
    public double progress(dyna.core.agent.AgentCounters done) {
        return Math.min(1, done.realSteps() / (double) count);
    }

    @Override
    public long bytesPerRun() {
        return 8L * count;
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        double[] cumulative = agent.runSteps(count);
        for (int t = 1; t < cumulative.length; t++) {
            cumulative[t] += cumulative[t - 1];
        }
        return new RunResult(Map.of(CUMULATIVE_REWARD.name(), cumulative), agent.counters());
    }

    @Override
    public List<Measure> measures() {
        return List.of(CUMULATIVE_REWARD);
    }

    @Override
    public double[] xValues() {
        return LineChart.oneToN(count);
    }

    @Override
    public WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment,
            long seed, ChartOptions chart) throws IOException {
        double[] x = xValues();
        Csv.writeSeries(directory.resolve("steps.csv"), table, "step", x, List.of(CUMULATIVE_REWARD));
        SummaryCsv.write(directory.resolve("summary.csv"), table, measures, x);
        Optional<String> drawn = SeriesChart.write(directory.resolve("steps.png"), environment + ": cumulative reward",
                "Time step", table, x, m -> "Cumulative reward", chart, measures);
        SummaryGrid grid = SummaryTable.steps(table, count, CUMULATIVE_REWARD);
        return new WrittenResults("steps.csv", "steps.png", "Mean cumulative reward over " + table.runs() + " runs ("
                + environment + ", seed " + seed + ")\n" + grid.text(), grid.html(), drawn.stream().toList());
    }
}
