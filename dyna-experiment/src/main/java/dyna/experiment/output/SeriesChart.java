package dyna.experiment.output;

import dyna.experiment.ChartOptions;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.SweepPoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chart of a sweep's series against x (per episode, per step, per checkpoint): a row of
 * panels per measure drawn, a panel per value of {@code chart.panels-by} (one panel without it),
 * a line per sweep point, labelled by its other swept values. Each line is the mean over runs
 * with its 95% confidence band or, with fewer than {@value #FEW_RUNS} runs (where Student's t
 * makes the interval wider than the data), one standard error either side.
 */
public final class SeriesChart {

    /** Below this many runs, bands are standard errors. */
    static final int FEW_RUNS = 5;

    private SeriesChart() {
    }

    /**
     * Writes the chart (PNG and SVG).
     *
     * @param file     the PNG file
     * @param title    the chart's title
     * @param xLabel   the x axis label
     * @param table    the results
     * @param x        the x value of each index of a series
     * @param yName    a measure's y axis name, such as "Steps per episode"
     * @param options  the {@code chart:} options, with the measures to draw
     * @param summarised the measures summarised, the first drawn when none is asked for
     * @return why the chart could not be drawn, or empty when it was
     */
    public static Optional<String> write(Path file, String title, String xLabel, ResultTable table, double[] x,
            Function<Measure, String> yName, ChartOptions options, List<Measure> summarised) throws IOException {
        return LineChart.writeGrid(file, title, spread(table), xLabel, panels(table, x, yName, options, summarised),
                options.logY());
    }

    /** The rows of panels: one per measure drawn, a panel per value of panels-by in each. */
    static List<List<LineChart.Panel>> panels(ResultTable table, double[] x, Function<Measure, String> yName,
            ChartOptions options, List<Measure> summarised) {
        boolean fewRuns = table.runs() < FEW_RUNS;
        String panelsBy = panelsBy(table, options);
        Map<String, List<Integer>> columns = columns(table, panelsBy);
        List<List<LineChart.Panel>> rows = new ArrayList<>();
        for (Measure measure : options.drawn(summarised)) {
            List<LineChart.Panel> row = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> column : columns.entrySet()) {
                List<LineChart.Line> lines = new ArrayList<>();
                for (int p : column.getValue()) {
                    LineChart.Line line = LineChart.band(label(table.points().get(p), panelsBy),
                            table.summaries(p, measure), x, measure, fewRuns);
                    lines.add(LineChart.from(line, options.xFrom()));
                }
                row.add(new LineChart.Panel(column.getKey(), yName.apply(measure), lines));
            }
            rows.add(row);
        }
        return rows;
    }

    /** What every line and band is: "mean of 30 runs, shaded: 95% confidence interval". */
    static String spread(ResultTable table) {
        return "mean of " + table.runs() + " run" + (table.runs() == 1 ? "" : "s") + "; shaded: "
                + (table.runs() < FEW_RUNS ? "± 1 standard error" : "95% confidence interval of the mean");
    }

    /**
     * The dimension drawn as panels: the one asked for, or, for a sweep of two or more dimensions,
     * the one of fewest values (small multiples without options); null for one panel.
     */
    static String panelsBy(ResultTable table, ChartOptions options) {
        return options.panelsBy(table.sweptNames(), dimension -> (int) table.points().stream()
                .map(point -> point.swept().get(dimension)).distinct().count());
    }

    /** The points of each panel by its title: one untitled panel of all without panels-by. */
    private static Map<String, List<Integer>> columns(ResultTable table, String panelsBy) {
        Map<String, List<Integer>> columns = new LinkedHashMap<>();
        for (int p = 0; p < table.points().size(); p++) {
            String title = panelsBy == null ? "" : panelsBy + "=" + table.points().get(p).swept().get(panelsBy);
            columns.computeIfAbsent(title, t -> new ArrayList<>()).add(p);
        }
        return columns;
    }

    /** A point's swept values but the panel's, as {@code name=value, ...}; {@code all} if none is left. */
    private static String label(SweepPoint point, String panelsBy) {
        String label = point.swept().entrySet().stream().filter(e -> !e.getKey().equals(panelsBy))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return label.isEmpty() ? "all" : label;
    }
}
