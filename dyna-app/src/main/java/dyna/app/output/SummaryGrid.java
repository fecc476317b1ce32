package dyna.app.output;

import dyna.app.stats.Summary;
import java.util.List;
import java.util.Locale;

/**
 * A sweep's summary at chosen x values: a row per sweep point, a column per x value, each cell
 * the mean over runs with its 95% confidence interval. Printed as text (means only, as the
 * terminal shows it) or as an HTML table (means with intervals, for the report).
 *
 * @param heading the rows' heading (the swept dimensions' names, or "configuration")
 * @param columns the columns' headings, such as {@code ep 1}
 * @param labels  each row's label (its swept values, or {@code all})
 * @param cells   each row's summaries, one per column
 * @param number  the format of a number, such as {@code %.1f}
 */
public record SummaryGrid(String heading, List<String> columns, List<String> labels, List<Summary[]> cells,
        String number) {

    /** Copies the lists. */
    public SummaryGrid {
        columns = List.copyOf(columns);
        labels = List.copyOf(labels);
        cells = List.copyOf(cells);
    }

    /** The means, aligned in columns, a line per row. */
    public String text() {
        int width = heading.length();
        for (String label : labels) {
            width = Math.max(width, label.length());
        }
        int cell = Math.max(9, columns.stream().mapToInt(String::length).max().orElse(0) + 2);
        StringBuilder text = new StringBuilder(pad(heading, width));
        for (String column : columns) {
            text.append(String.format(Locale.ROOT, "%" + cell + "s", column));
        }
        text.append('\n');
        for (int r = 0; r < labels.size(); r++) {
            text.append(pad(labels.get(r), width));
            for (Summary s : cells.get(r)) {
                text.append(String.format(Locale.ROOT, "%" + cell + "s", format(s.mean())));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** An HTML table: a header row, then a row per sweep point with each mean and its interval. */
    public String html() {
        StringBuilder html = new StringBuilder("<table class=\"summary\">\n<thead><tr><th>")
                .append(Html.escape(heading)).append("</th>");
        for (String column : columns) {
            html.append("<th>").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < labels.size(); r++) {
            html.append("<tr><th>").append(Html.escape(labels.get(r))).append("</th>");
            for (Summary s : cells.get(r)) {
                html.append("<td>").append(format(s.mean()));
                if (Double.isFinite(s.low()) && Double.isFinite(s.high())) {
                    html.append("<span class=\"ci\">[").append(format(s.low())).append(", ").append(format(s.high()))
                            .append("]</span>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private String format(double value) {
        return String.format(Locale.ROOT, number, value);
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + (width + 2) + "s", text);
    }
}
