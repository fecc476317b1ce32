package dyna.app.output;

import dyna.app.experiment.StopCondition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what a run of an experiment gives, by its stop condition: the tidy data file
 * ({@code episodes.csv}, {@code steps.csv}, {@code optimal.csv} or {@code planning.csv}),
 * {@code summary.csv}, the chart (PNG and SVG), and the summary printed to the user.
 */
public final class ResultFiles {

    /**
     * What was written.
     *
     * @param data    the tidy data file
     * @param chart   the PNG chart (an SVG stands beside it)
     * @param summary the summary for the terminal
     */
    public record Written(Path data, Path chart, String summary) {
    }

    private ResultFiles() {
    }

    /** Writes the files into {@code out}. */
    public static Written write(Path out, ResultTable table, StopCondition stop, List<Measure> measures,
            String environment, long seed) throws IOException {
        int runs = table.runs();
        Path summaryCsv = out.resolve("summary.csv");
        String about = " over " + runs + " runs (" + environment + ", seed " + seed + ")\n";
        if (stop instanceof StopCondition.PlanningOnly planning) {
            long[] updatesAt = new long[planning.checkpoints() + 1];
            double[] x = new double[updatesAt.length];
            for (int k = 0; k < updatesAt.length; k++) {
                updatesAt[k] = planning.updatesAt(k);
                x[k] = updatesAt[k];
            }
            Path csv = out.resolve("planning.csv");
            Path png = out.resolve("planning.png");
            Csv.writePlanning(csv, table, updatesAt);
            SummaryCsv.write(summaryCsv, table, measures, x);
            LineChart.write(png, environment + ": value of the start state under the greedy policy",
                    "Expected updates", "Value of start state (mean of " + runs + " runs, 95% CI)",
                    LineChart.bands(table, Measure.START_VALUE, x));
            return new Written(csv, png, "Value of the start state under the greedy policy, mean" + about
                    + SummaryTable.checkpoints(table, updatesAt));
        }
        if (stop instanceof StopCondition.UntilOptimal until) {
            Path csv = out.resolve("optimal.csv");
            Path png = out.resolve("optimal.png");
            UpdatesUntilOptimal.writeCsv(csv, table);
            SummaryCsv.write(summaryCsv, table, measures, new double[1]);
            UpdatesUntilOptimal.writeChart(png, table, environment + ": updates until optimal");
            return new Written(csv, png, "Direct and planning updates until the greedy path is within "
                    + until.pathFactor() + " x the shortest" + about + UpdatesUntilOptimal.summary(table));
        }
        double[] x = LineChart.oneToN(stop.count());
        if (stop instanceof StopCondition.Steps) {
            Path csv = out.resolve("steps.csv");
            Path png = out.resolve("steps.png");
            Csv.writeSteps(csv, table);
            SummaryCsv.write(summaryCsv, table, measures, x);
            LineChart.write(png, environment + ": cumulative reward", "Time step",
                    "Cumulative reward (mean of " + runs + " runs, 95% CI)",
                    LineChart.bands(table, Measure.CUMULATIVE_REWARD, x));
            return new Written(csv, png, "Mean cumulative reward" + about + SummaryTable.steps(table, stop.count()));
        }
        Path csv = out.resolve("episodes.csv");
        Path png = out.resolve("episodes.png");
        Csv.writeEpisodes(csv, table);
        SummaryCsv.write(summaryCsv, table, measures, x);
        LineChart.write(png, environment + ": steps per episode", "Episode",
                "Steps per episode (mean of " + runs + " runs, 95% CI)", LineChart.bands(table, Measure.EPISODE_STEPS, x));
        return new Written(csv, png, "Mean steps per episode" + about + SummaryTable.episodes(table, stop.count()));
    }
}
