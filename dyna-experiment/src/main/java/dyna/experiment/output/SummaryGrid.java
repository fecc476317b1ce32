package dyna.experiment.output;

import dyna.experiment.stats.MultipleComparisons;
import dyna.experiment.stats.Summary;
import dyna.experiment.stats.WelchTest;
import java.util.List;
import java.util.Locale;

/**
 * A sweep's summary at chosen x values: a row per sweep point, a column per x value, each cell
 * the mean over runs with its 95% confidence interval. Printed as text (means only, as the
 * terminal shows it) or as an HTML table (means with intervals, for the report), where each
 * cell of a later row is marked when it differs significantly from the first row's cell in the
 * same column: Welch's t-test, Holm's correction over every cell compared, α = {@value #ALPHA}.
 *
 * @param heading the rows' heading (the swept dimensions' names, or "configuration")
 * @param columns the columns' headings, such as {@code ep 1}
 * @param labels  each row's label (its swept values, or {@code all})
 * @param cells   each row's summaries, one per column
 * @param number  the format of a number, such as {@code %.1f}
 */
public record SummaryGrid(String heading, List<String> columns, List<String> labels, List<Summary[]> cells,
        String number) {

    /** The significance level of the marks in {@link #html()}. */
    public static final double ALPHA = 0.05;

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

    /**
     * An HTML table: a header row, then a row per sweep point with each mean and its interval,
     * cells that differ significantly from the first row's marked (▲ higher, ▼ lower) and a
     * caption saying so, when there are rows to compare.
     */
    public String html() {
        int[][] marks = significance();
        StringBuilder html = new StringBuilder("<table class=\"summary\">\n");
        int compared = 0;
        for (int[] row : marks) {
            for (int mark : row) {
                compared += mark == Integer.MIN_VALUE ? 0 : 1;
            }
        }
        if (compared > 0) {
            String baseline = heading.equals("configuration") ? labels.get(0) : heading + " " + labels.get(0);
            html.append("<caption>▲ ▼: higher or lower than ").append(Html.escape(baseline))
                    .append(columns.size() == 1 ? "" : " in the same column")
                    .append(", significantly (Welch's t-test over runs, Holm's correction over the ").append(compared)
                    .append(" cells compared, α = ").append(ALPHA).append(")</caption>\n");
        }
        html.append("<thead><tr><th>").append(Html.escape(heading)).append("</th>");
        for (String column : columns) {
            html.append("<th>").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < labels.size(); r++) {
            html.append("<tr><th>").append(Html.escape(labels.get(r))).append("</th>");
            Summary[] row = cells.get(r);
            for (int c = 0; c < row.length; c++) {
                Summary s = row[c];
                int mark = marks[r][c];
                html.append(mark > 0 || mark == -1 ? "<td class=\"significant\">" : "<td>").append(format(s.mean()));
                html.append(mark == 1 ? " ▲" : mark == -1 ? " ▼" : "");
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

    /**
     * Per cell: 1 or -1 where it is significantly higher or lower than the first row's cell in
     * its column, 0 where it is not, {@link Integer#MIN_VALUE} where it was not compared (the
     * first row, or too few runs).
     */
    int[][] significance() {
        int[][] marks = new int[labels.size()][columns.size()];
        for (int[] row : marks) {
            java.util.Arrays.fill(row, Integer.MIN_VALUE);
        }
        java.util.List<int[]> at = new java.util.ArrayList<>();
        java.util.List<Double> p = new java.util.ArrayList<>();
        java.util.List<Double> differences = new java.util.ArrayList<>();
        for (int r = 1; r < labels.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Summary base = cells.get(0)[c];
                Summary other = cells.get(r)[c];
                WelchTest test = WelchTest.of(base.n(), base.mean(), base.standardDeviation(), other.n(), other.mean(),
                        other.standardDeviation());
                if (test.tested()) {
                    at.add(new int[] {r, c});
                    p.add(test.p());
                    differences.add(test.difference());
                }
            }
        }
        double[] adjusted = MultipleComparisons.HOLM.adjust(p.stream().mapToDouble(Double::doubleValue).toArray());
        for (int i = 0; i < adjusted.length; i++) {
            int[] cell = at.get(i);
            marks[cell[0]][cell[1]] = adjusted[i] < ALPHA ? (differences.get(i) > 0 ? 1 : -1) : 0;
        }
        return marks;
    }

    private String format(double value) {
        return String.format(Locale.ROOT, number, value);
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + (width + 2) + "s", text);
    }
}
