package dyna.experiment.output;

import dyna.experiment.stats.Comparison;
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

    private ComparisonReport() {
    }

    /**
     * Writes the page atomically.
     *
     * @param first   the first (baseline) set's directory and title
     * @param second  the second set's directory and title
     * @param lines   what the terminal printed above the table (counts, test, notes)
     * @param rows    the cells shown, in order
     * @param alpha   the significance level
     */
    public static void write(Path file, String first, String second, List<String> lines, List<Comparison.Row> rows,
            double alpha) throws IOException {
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
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto;
                         max-width: 1040px; padding: 0 1em; color: #222; line-height: 1.45; }
                  h1 { font-size: 1.4em; }
                  table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 14px; }
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
                </body>
                </html>
                """.formatted(Html.escape("Comparison: " + first + " against " + second),
                Html.escape("Comparison: " + first + " against " + second), Html.escape(first), Html.escape(second),
                String.join("<br>\n", lines.stream().map(Html::escape).toList()),
                rows.isEmpty() ? "<p>No cell to show.</p>" : table);
        AtomicFiles.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3g", p);
    }
}
