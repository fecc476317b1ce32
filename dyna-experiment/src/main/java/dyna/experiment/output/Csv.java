package dyna.experiment.output;

import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        /** Writes the rows of run {@code run} (0-based) of point {@code point}, each after the fields {@code prefix}. */
        void write(CsvRows out, List<String> prefix, int point, int run) throws IOException;
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
        List<String> header = new ArrayList<>(List.of(xName));
        measures.forEach(m -> header.add(m.name()));
        write(file, table, header, (out, prefix, p, r) -> {
            RunResult run = table.results()[p][r];
            double[][] columns = new double[measures.size()][];
            for (int m = 0; m < columns.length; m++) {
                columns[m] = run.of(measures.get(m));
            }
            String[] row = new String[1 + columns.length];
            for (int i = 0; i < columns[0].length; i++) {
                row[0] = number(x[i]);
                for (int m = 0; m < columns.length; m++) {
                    row[1 + m] = number(columns[m][i]);
                }
                out.write(prefix, row);
            }
        });
    }

    /**
     * Writes each run's cost: wall and CPU seconds where it ran, and the host; empty cells for a
     * run of an older journal, which did not keep them.
     */
    public static void writeCosts(Path file, ResultTable table) throws IOException {
        write(file, table, List.of("wall_seconds", "cpu_seconds", "host"), (out, prefix, p, r) -> {
            dyna.experiment.RunCost cost = table.results()[p][r].cost();
            out.write(prefix, Double.isNaN(cost.wallSeconds()) ? "" : number(cost.wallSeconds()),
                    Double.isNaN(cost.cpuSeconds()) ? "" : number(cost.cpuSeconds()), cost.host());
        });
    }

    static void write(Path file, ResultTable table, List<String> measures, RunRows rows) throws IOException {
        AtomicFiles.write(file, stream -> write(stream, table, measures, rows));
    }

    static void write(OutputStream stream, ResultTable table, List<String> measures, RunRows rows) throws IOException {
        CsvRows out = new CsvRows(new BufferedOutputStream(stream, 1 << 16));
        List<String> header = new ArrayList<>(table.sweptNames());
        header.add("run");
        header.addAll(measures);
        out.write(header.toArray(String[]::new));
        for (int p = 0; p < table.points().size(); p++) {
            List<String> swept = swept(table, p);
            for (int r = 0; r < table.results()[p].length; r++) {
                List<String> prefix = new ArrayList<>(swept);
                prefix.add(Integer.toString(r + 1));
                rows.write(out, prefix, p, r);
            }
        }
        out.flush();
    }

    /** The values of the swept dimensions at point {@code p}, in the order of their columns. */
    static List<String> swept(ResultTable table, int p) {
        List<String> values = new ArrayList<>();
        for (String name : table.sweptNames()) {
            values.add(table.points().get(p).swept().get(name));
        }
        return values;
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
