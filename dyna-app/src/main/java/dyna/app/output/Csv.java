package dyna.app.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tidy CSV files of results: a column per swept dimension (named as the parameter, or
 * {@code model}, {@code planner}, {@code bonus}), then {@code run} and the measures. Rows are in
 * a fixed order (point, run, then episode or step), so the same seed gives the same bytes
 * whatever the number of threads. Runs, episodes and steps count from 1.
 */
public final class Csv {

    /** Writes the rows of one run. */
    @FunctionalInterface
    interface RunRows {
        /** Writes the rows of run {@code run} (0-based) of point {@code point}, each after {@code prefix}. */
        void write(BufferedWriter out, String prefix, int point, int run) throws IOException;
    }

    private Csv() {
    }

    /** Writes {@code episodes.csv}: {@code run, episode, steps, return}. */
    public static void writeEpisodes(Path file, ResultTable table) throws IOException {
        write(file, table, "episode,steps,return", (out, prefix, p, r) -> {
            var run = table.results()[p][r];
            for (int e = 0; e < run.episodeSteps().length; e++) {
                out.append(prefix).append(Integer.toString(e + 1)).append(',')
                        .append(Integer.toString(run.episodeSteps()[e])).append(',')
                        .append(number(run.episodeReturns()[e])).append('\n');
            }
        });
    }

    /** Writes {@code steps.csv}: {@code run, step, cumulative_reward}. */
    public static void writeSteps(Path file, ResultTable table) throws IOException {
        write(file, table, "step,cumulative_reward", (out, prefix, p, r) -> {
            double[] rewards = table.results()[p][r].stepRewards();
            double total = 0;
            for (int t = 0; t < rewards.length; t++) {
                total += rewards[t];
                out.append(prefix).append(Integer.toString(t + 1)).append(',').append(number(total)).append('\n');
            }
        });
    }

    /** Writes {@code planning.csv}: {@code run, updates, start_value}, a row per checkpoint. */
    public static void writePlanning(Path file, ResultTable table, long[] updatesAt) throws IOException {
        write(file, table, "updates,start_value", (out, prefix, p, r) -> {
            double[] values = table.results()[p][r].startValues();
            for (int k = 0; k < values.length; k++) {
                out.append(prefix).append(Long.toString(updatesAt[k])).append(',').append(number(values[k]))
                        .append('\n');
            }
        });
    }

    static void write(Path file, ResultTable table, String measures, RunRows rows) throws IOException {
        AtomicFiles.write(file, stream -> write(stream, table, measures, rows));
    }

    static void write(OutputStream stream, ResultTable table, String measures, RunRows rows) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        for (String name : table.sweptNames()) {
            out.write(field(name));
            out.write(',');
        }
        out.write("run," + measures + "\n");
        for (int p = 0; p < table.points().size(); p++) {
            StringBuilder swept = new StringBuilder();
            for (String name : table.sweptNames()) {
                swept.append(field(table.points().get(p).swept().get(name))).append(',');
            }
            for (int r = 0; r < table.results()[p].length; r++) {
                rows.write(out, swept + Integer.toString(r + 1) + ",", p, r);
            }
        }
        out.flush();
    }

    /** A text field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A number in a locale-free form, without a trailing {@code .0} for whole values. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
