package dyna.experiment.output;

import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.SweepPoint;
import dyna.experiment.stats.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results of runs until optimal: {@code optimal.csv} (a row per run: whether it got there,
 * its direct plus planning updates, episodes and real steps), the median and geometric mean per
 * sweep point (the counts are heavy-tailed), and {@code optimal.png}: median updates on a log
 * scale against the last numeric swept parameter (for example {@code scale}), a line per
 * combination of the other swept values.
 */
public final class UpdatesUntilOptimal {

    private UpdatesUntilOptimal() {
    }

    /** Writes {@code optimal.csv}. */
    public static void writeCsv(Path file, ResultTable table) throws IOException {
        Csv.write(file, table, List.of("reached", "updates", "episodes", "real_steps"), (out, prefix, p, r) -> {
            RunResult run = table.results()[p][r];
            out.write(prefix, Boolean.toString(reached(run)), Long.toString(run.updates()),
                    Long.toString(run.counters().episodes()), Long.toString(run.counters().realSteps()));
        });
    }

    /** Whether a run got there within its cap. */
    static boolean reached(RunResult run) {
        return run.series("reached")[0] == 1;
    }

    /** The updates of each run at point {@code p}. */
    public static double[] updates(ResultTable table, int p) {
        RunResult[] runs = table.results()[p];
        double[] updates = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            updates[r] = runs[r].updates();
        }
        return updates;
    }

    /** One line per point: runs that got there, median and geometric mean of updates. */
    public static String summary(ResultTable table) {
        StringBuilder text = new StringBuilder();
        String heading = table.sweptNames().isEmpty() ? "configuration" : String.join(", ", table.sweptNames());
        int width = heading.length();
        for (SweepPoint point : table.points()) {
            width = Math.max(width, cell(point).length());
        }
        text.append(String.format(Locale.ROOT, "%-" + (width + 2) + "s%10s%16s%16s%n", heading, "reached",
                "median", "geometric mean"));
        for (int p = 0; p < table.points().size(); p++) {
            double[] updates = updates(table, p);
            long reached = java.util.Arrays.stream(table.results()[p]).filter(UpdatesUntilOptimal::reached).count();
            text.append(String.format(Locale.ROOT, "%-" + (width + 2) + "s%10s%16.0f%16.0f%n",
                    cell(table.points().get(p)), reached + "/" + updates.length, Samples.median(updates),
                    Samples.geometricMean(updates)));
        }
        return text.toString();
    }

    /** A sweep point's values as a summary row names them: "all" when nothing is swept. */
    static String cell(SweepPoint point) {
        return point.swept().isEmpty() ? "all" : String.join(", ", point.swept().values());
    }

    /** Draws {@code optimal.png}. */
    public static java.util.Optional<String> writeChart(Path file, ResultTable table, String title) throws IOException {
        String x = xDimension(table);
        if (x == null) {   // no numeric dimension to draw against: a point per configuration, named
            List<PointChart.Point> points = new ArrayList<>();
            for (int p = 0; p < table.points().size(); p++) {
                double[] updates = updates(table, p).clone();
                java.util.Arrays.sort(updates);
                points.add(new PointChart.Point(table.points().get(p).label(), Samples.median(updates),
                        quartile(updates, 0.25), quartile(updates, 0.75)));
            }
            return PointChart.write(file, title, "Updates until optimal (median of " + table.runs()
                    + " runs, interquartile range)", points, true);
        }
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        for (int p = 0; p < table.points().size(); p++) {
            SweepPoint point = table.points().get(p);
            double xValue = x == null ? p + 1 : Double.parseDouble(point.swept().get(x));
            String label = point.swept().entrySet().stream().filter(e -> !e.getKey().equals(x))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
            lines.computeIfAbsent(label.isEmpty() ? "median" : label, k -> new ArrayList<>())
                    .add(new double[] {xValue, Samples.median(updates(table, p))});
        }
        List<LineChart.Line> drawn = new ArrayList<>();
        lines.forEach((label, xy) -> drawn.add(new LineChart.Line(label,
                xy.stream().mapToDouble(v -> v[0]).toArray(), xy.stream().mapToDouble(v -> v[1]).toArray())));
        return LineChart.write(file, title, x == null ? "Configuration" : x,
                "Updates until optimal (median of " + table.runs() + " runs)", drawn, true);
    }

    /** The {@code q} quantile of sorted values, interpolated between the two nearest (as R's type 7). */
    static double quartile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** The last swept dimension whose values are all numbers, or null. */
    private static String xDimension(ResultTable table) {
        String found = null;
        for (String name : table.sweptNames()) {
            boolean numeric = table.points().stream().allMatch(p -> isNumber(p.swept().get(name)));
            if (numeric) {
                found = name;
            }
        }
        return found;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
