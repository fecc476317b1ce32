package dyna.app.output;

import dyna.app.experiment.Measure;
import dyna.app.experiment.ResultTable;
import dyna.app.experiment.RunResult;
import java.util.List;
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

    /**
     * Writes a file of series against x: {@code run}, the x column, then a column per measure,
     * a row per x value of each run.
     *
     * @param xName    the x column's name, for example {@code episode}
     * @param x        the x value of each index of the series
     * @param measures the columns, each a series of every run
     */
    public static void writeSeries(Path file, ResultTable table, String xName, double[] x, List<Measure> measures)
            throws IOException {
        StringBuilder header = new StringBuilder(xName);
        measures.forEach(m -> header.append(',').append(field(m.name())));
        write(file, table, header.toString(), (out, prefix, p, r) -> {
            RunResult run = table.results()[p][r];
            double[][] columns = new double[measures.size()][];
            for (int m = 0; m < columns.length; m++) {
                columns[m] = run.of(measures.get(m));
            }
            for (int i = 0; i < columns[0].length; i++) {
                out.append(prefix).append(number(x[i]));
                for (double[] column : columns) {
                    out.append(',').append(number(column[i]));
                }
                out.append('\n');
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

    /** A number in a locale-free form, without a trailing {@code .0} for whole values; NaN as empty. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";   // not estimated (a spread of fewer than two runs): an empty cell, never 0
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
