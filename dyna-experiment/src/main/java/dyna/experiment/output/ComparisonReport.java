package dyna.experiment.output;

import dyna.experiment.stats.Comparison;
import dyna.experiment.stats.CurveComparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The page of {@code dyna compare --report FILE}: what was compared, how, what differed
 * significantly, and each cell's means, difference and p-values, self-contained as
 * {@code report.html} is.
 */
public final class ComparisonReport {

    /** The most configurations drawn side by side. */
    private static final int MAX_PANELS = 12;

    private ComparisonReport() {
    }

    /**
     * Writes the page atomically.
     *
     * @param first   the first (baseline) set's directory and title
     * @param second  the second set's directory and title
     * @param lines   what the terminal printed above the table (counts, test, notes)
     * @param rows    the cells shown, in order
     * @param curves  the whole curves compared, drawn side by side and tested
     * @param alpha   the significance level
     */
    public static void write(Path file, String first, String second, List<String> lines, List<Comparison.Row> rows,
            List<CurveComparison.Row> curves, double alpha) throws IOException {
        StringBuilder table = new StringBuilder();
        if (!rows.isEmpty()) {
            table.append("<table>\n<thead><tr><th>cell</th><th>mean 1</th><th>mean 2</th><th>difference</th>"
                    + "<th>p</th><th>adjusted p</th><th></th></tr></thead>\n<tbody>\n");
            for (Comparison.Row row : rows) {
                boolean significant = row.tested() && row.adjusted() < alpha;
                table.append(significant ? "<tr class=\"significant\">" : "<tr>").append("<th>")
                        .append(Html.escape(row.key())).append("</th><td>").append(number(row.first()[1]))
                        .append("</td><td>").append(number(row.second()[1])).append("</td><td>")
                        .append(number(row.difference())).append("</td><td>").append(p(row.p())).append("</td><td>")
                        .append(p(row.adjusted())).append("</td><td>")
                        .append(!row.tested() ? "too few runs" : significant ? "significant" : "").append("</td></tr>\n");
            }
            table.append("</tbody>\n</table>\n");
        }
        String curveSection = curves(curves, alpha);
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto;
                         max-width: 1040px; padding: 0 1em; color: #222; line-height: 1.45; }
                  h1 { font-size: 1.4em; }
                  table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 14px;
                          display: block; max-width: 100%%; overflow-x: auto; }
                  p { overflow-wrap: anywhere; } figure { margin: 1em 0; }
                  figure svg, figure img { max-width: 100%%; height: auto; }
                  th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: right; white-space: nowrap; }
                  thead th { background: #f3f3f3; } tbody th { text-align: left; font-weight: normal; }
                  tr.significant td:last-child { color: #b00020; font-weight: bold; }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                <p>1: %s<br>2: %s</p>
                <p>%s</p>
                %s
                <h2>Cells</h2>
                %s
                </body>
                </html>
                """.formatted(Html.escape("Comparison: " + first + " against " + second),
                Html.escape("Comparison: " + first + " against " + second), Html.escape(first), Html.escape(second),
                String.join("<br>\n", lines.stream().map(Html::escape).toList()), curveSection,
                rows.isEmpty() ? "<p>No cell to show.</p>" : table);
        AtomicFiles.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The whole curves: both sets' means with their 95% bands, a panel per configuration and a row
     * per measure (at most {@value #MAX_PANELS} configurations drawn), then each curve's test.
     */
    private static String curves(List<CurveComparison.Row> curves, double alpha) {
        if (curves.isEmpty()) {
            return "";
        }
        java.util.Map<String, java.util.Map<String, LineChart.Panel>> byMeasure = new java.util.LinkedHashMap<>();
        for (CurveComparison.Row curve : curves) {
            int at = curve.key().lastIndexOf("measure=");
            String configuration = at == 0 ? "all" : curve.key().substring(0, at).replaceAll(", $", "");
            String measure = curve.key().substring(at + "measure=".length());
            java.util.Map<String, LineChart.Panel> row = byMeasure.computeIfAbsent(measure,
                    m -> new java.util.LinkedHashMap<>());
            if (row.size() < MAX_PANELS) {
                row.put(configuration, new LineChart.Panel(configuration, measure.replace('_', ' '), List.of(
                        new LineChart.Line("1", curve.x(), curve.means()[0], curve.lows()[0], curve.highs()[0]),
                        new LineChart.Line("2", curve.x(), curve.means()[1], curve.lows()[1], curve.highs()[1]))));
            }
        }
        List<List<LineChart.Panel>> rows = byMeasure.values().stream().map(r -> List.copyOf(r.values())).toList();
        String chart;
        try {
            chart = "<figure>" + Report.scalable(LineChart.gridSvg("Both sets, mean over runs",
                    "shaded: 95% confidence interval of the mean", curves.get(0).window().split(" ")[0], rows, false)
                    .replaceFirst("^<\\?xml[^>]*>", "")) + "</figure>";
        } catch (RuntimeException | OutOfMemoryError e) {   // the comparison stands without its chart
            chart = "<p>" + Html.escape("the curves could not be drawn (" + e.getMessage() + ")") + "</p>";
        }
        StringBuilder table = new StringBuilder("<table>\n<thead><tr><th>curve</th><th>window</th><th>mean 1</th>"
                + "<th>mean 2</th><th>difference</th><th>p</th><th>adjusted p</th><th></th></tr></thead>\n<tbody>\n");
        for (CurveComparison.Row curve : curves) {
            boolean significant = curve.tested() && curve.adjusted() < alpha;
            table.append(significant ? "<tr class=\"significant\">" : "<tr>").append("<th>")
                    .append(Html.escape(curve.key())).append("</th><td>").append(Html.escape(curve.window()))
                    .append("</td><td>").append(number(curve.first()[1])).append("</td><td>")
                    .append(number(curve.second()[1])).append("</td><td>").append(number(curve.difference()))
                    .append("</td><td>").append(p(curve.p())).append("</td><td>").append(p(curve.adjusted()))
                    .append("</td><td>").append(!curve.tested() ? "too few runs" : significant ? "significant" : "")
                    .append("</td></tr>\n");
        }
        table.append("</tbody>\n</table>\n");
        return "<h2>Whole curves</h2>\n" + chart + "\n<p>Each run's mean over the window, the two sets' runs tested "
                + "as the cells are; corrected for the number of curves.</p>\n" + table;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3g", p);
    }
}
