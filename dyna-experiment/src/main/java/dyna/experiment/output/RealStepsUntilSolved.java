package dyna.experiment.output;

import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.SweepPoint;
import dyna.experiment.stats.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The results of runs until solved: {@code solved.csv} (a row per run: whether it was solved,
 * its real steps, episodes and direct plus planning updates), a summary line per sweep point
 * (runs solved, mean real steps with a 95% confidence interval, median), and {@code solved.png}:
 * the mean with its interval per sweep point.
 */
public final class RealStepsUntilSolved {

    private RealStepsUntilSolved() {
    }

    /** Writes {@code solved.csv}. */
    public static void writeCsv(Path file, ResultTable table) throws IOException {
        Csv.write(file, table, List.of("solved", "real_steps", "episodes", "updates"), (out, prefix, p, r) -> {
            RunResult run = table.results()[p][r];
            out.write(prefix, Boolean.toString(solved(run)), Long.toString(run.counters().realSteps()),
                    Long.toString(run.counters().episodes()), Long.toString(run.updates()));
        });
    }

    private static boolean solved(RunResult run) {
        return run.series("reached")[0] == 1;
    }

    /** The real steps of each run at point {@code p}. */
    static double[] realSteps(ResultTable table, int p) {
        RunResult[] runs = table.results()[p];
        double[] steps = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            steps[r] = runs[r].counters().realSteps();
        }
        return steps;
    }

    /**
     * One line per point: runs solved, mean real steps with its 95% interval (Student's t,
     * clipped at 0, below which no count lies), median; and, when
     * some run was not solved, a line saying that its steps count at the cap (so the mean is a
     * lower bound).
     */
    public static String summary(ResultTable table, long cap) {
        StringBuilder text = new StringBuilder();
        String heading = table.sweptNames().isEmpty() ? "configuration" : String.join(", ", table.sweptNames());
        int width = heading.length();
        for (SweepPoint point : table.points()) {
            width = Math.max(width, UpdatesUntilOptimal.cell(point).length());
        }
        text.append(String.format(Locale.ROOT, "%-" + (width + 2) + "s%8s%12s%22s%10s%n", heading, "solved",
                "mean", "95% CI", "median"));
        long unsolved = 0;
        for (int p = 0; p < table.points().size(); p++) {
            Summary s = Summary.of(realSteps(table, p));
            long solved = java.util.Arrays.stream(table.results()[p]).filter(RealStepsUntilSolved::solved).count();
            unsolved += table.results()[p].length - solved;
            String interval = Double.isNaN(s.low()) ? "" : String.format(Locale.ROOT, "[%.0f, %.0f]",
                    Math.max(0, s.low()), s.high());
            text.append(String.format(Locale.ROOT, "%-" + (width + 2) + "s%8s%12.0f%22s%10.0f%n",
                    UpdatesUntilOptimal.cell(table.points().get(p)), solved + "/" + s.n(), s.mean(), interval, s.median()));
        }
        if (unsolved > 0) {
            text.append(unsolved).append(" run(s) were not solved within ").append(cap)
                    .append(" real steps; they count at the steps they ran, so those means are lower bounds\n");
        }
        return text.toString();
    }

    /** A threshold as written in the summary: without a fraction when it has none. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * Draws {@code solved.png}: per sweep point, named on the x axis in sweep order, the mean real
     * steps with its 95% confidence interval (cut at 0).
     */
    public static Optional<String> writeChart(Path file, ResultTable table, String title, boolean logY)
            throws IOException {
        List<PointChart.Point> points = new ArrayList<>();
        for (int p = 0; p < table.points().size(); p++) {
            Summary s = Summary.of(realSteps(table, p));
            double low = Double.isNaN(s.low()) ? s.mean() : Math.max(0, s.low());
            double high = Double.isNaN(s.high()) ? s.mean() : s.high();
            points.add(new PointChart.Point(table.points().get(p).label(), s.mean(), low, high));
        }
        return PointChart.write(file, title, "Real steps until solved (mean of " + table.runs() + " runs, 95% CI)",
                points, logY);
    }
}
