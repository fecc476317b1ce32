package dyna.app.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary printed after a run: mean steps per episode at episodes 1, 2, 3, 5, 10, 20 and
 * 50 (those that exist) for each sweep point.
 */
public final class SummaryTable {

    private static final int[] EPISODES = {1, 2, 3, 5, 10, 20, 50};

    private SummaryTable() {
    }

    /** The table as text, one line per sweep point under a header. */
    public static String format(EpisodeTable table) {
        List<Integer> shown = new ArrayList<>();
        for (int e : EPISODES) {
            if (e <= table.episodes()) {
                shown.add(e);
            }
        }
        if (table.episodes() > 50) {
            shown.add(table.episodes());
        }
        String heading = table.sweptNames().isEmpty() ? "configuration" : String.join(", ", table.sweptNames());
        int width = heading.length();
        for (var point : table.points()) {
            width = Math.max(width, cell(point).length());
        }
        StringBuilder text = new StringBuilder();
        text.append(pad(heading, width));
        for (int e : shown) {
            text.append(String.format(Locale.ROOT, "%9s", "ep " + e));
        }
        text.append('\n');
        for (int p = 0; p < table.points().size(); p++) {
            text.append(pad(cell(table.points().get(p)), width));
            double[] mean = table.meanSteps(p);
            for (int e : shown) {
                text.append(String.format(Locale.ROOT, "%9.1f", mean[e - 1]));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String cell(dyna.app.experiment.SweepPoint point) {
        return point.swept().isEmpty() ? "all" : String.join(", ", point.swept().values());
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + (width + 2) + "s", text);
    }
}
