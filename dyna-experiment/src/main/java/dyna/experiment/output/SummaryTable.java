package dyna.experiment.output;

import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.stats.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary printed after a run, one line per sweep point: the mean steps per episode at
 * episodes 1, 2, 3, 5, 10, 20 and 50, the mean cumulative reward at six evenly spaced steps, or
 * the mean start value at six evenly spaced checkpoints of a planning run.
 */
public final class SummaryTable {

    private static final int[] EPISODES = {1, 2, 3, 5, 10, 20, 50};

    private SummaryTable() {
    }

    /** Mean steps per episode at chosen episodes. */
    public static SummaryGrid episodes(ResultTable table, int episodes, Measure measure) {
        List<Integer> shown = new ArrayList<>();
        for (int e : EPISODES) {
            if (e <= episodes) {
                shown.add(e);
            }
        }
        if (episodes > 50) {
            shown.add(episodes);
        }
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < table.points().size(); p++) {
            rows.add(pick(table.means(p, measure), shown));
        }
        return grid(table, measure, shown.stream().map(e -> e - 1).toList(), shown.stream().map(e -> "ep " + e).toList(),
                decimals(rows));
    }

    /** One decimal for counts and returns; four for measures that stay below 10 (model errors), which one would round to 0. */
    private static String decimals(List<double[]> rows) {
        double largest = 0;
        for (double[] row : rows) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest > 0 && largest < 10 ? "%.4f" : "%.1f";
    }

    /** Mean cumulative reward at six evenly spaced steps, the last one the end. */
    public static SummaryGrid steps(ResultTable table, int steps, Measure measure) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            int step = (int) ((long) steps * i / 6);
            if (step >= 1 && !shown.contains(step)) {
                shown.add(step);
            }
        }
        return grid(table, measure, shown.stream().map(t -> t - 1).toList(), shown.stream().map(t -> "step " + t).toList(),
                "%.1f");
    }

    /**
     * The mean start value at six checkpoints spaced geometrically from the first after the start
     * to the end (with 20: the 1st, 2nd, 3rd, 6th, 11th and 20th), so that the early part, where
     * trajectory sampling's lead over uniform updates lies (Figure 8.8), is shown as well as the end.
     */
    public static SummaryGrid checkpoints(ResultTable table, long[] updatesAt, Measure measure) {
        List<Integer> shown = geometric(updatesAt.length - 1, 6);
        return grid(table, measure, shown, shown.stream().map(k -> "@" + updatesAt[k]).toList(), "%.3f");
    }

    /** Up to {@code count} distinct indices from 1 to {@code last}, spaced geometrically, {@code last} among them. */
    static List<Integer> geometric(int last, int count) {
        List<Integer> shown = new ArrayList<>();
        if (last < 1) {
            shown.add(0);
            return shown;
        }
        for (int i = 0; i < count; i++) {
            int k = (int) Math.round(Math.pow(last, (double) i / (count - 1)));
            if (!shown.contains(k)) {
                shown.add(k);
            }
        }
        for (int k = 1; shown.size() < Math.min(count, last); k++) {   // rounding merged some: fill from the start
            if (!shown.contains(k)) {
                shown.add(k);
            }
        }
        shown.sort(null);
        return shown;
    }

    private static double[] pick(double[] values, List<Integer> oneBased) {
        return oneBased.stream().mapToDouble(i -> values[i - 1]).toArray();
    }

    /** The grid of the summaries at these (0-based) indices of each point's series. */
    private static SummaryGrid grid(ResultTable table, Measure measure, List<Integer> indices, List<String> columns,
            String number) {
        String heading = table.sweptNames().isEmpty() ? "configuration" : String.join(", ", table.sweptNames());
        List<String> labels = table.points().stream()
                .map(p -> p.swept().isEmpty() ? "all" : String.join(", ", p.swept().values())).toList();
        List<Summary[]> cells = new ArrayList<>();
        for (int p = 0; p < table.points().size(); p++) {
            Summary[] all = table.summaries(p, measure);
            cells.add(indices.stream().map(i -> all[i]).toArray(Summary[]::new));
        }
        return new SummaryGrid(heading, columns, labels, cells, number);
    }
}
