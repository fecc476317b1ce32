package dyna.experiment.stats;

import dyna.experiment.output.CsvRows;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two result sets side by side: the cells of their {@code summary.csv} files (configuration,
 * measure and x) matched, each difference tested (Welch's t-test, or the paired t-test over runs
 * that met the same environment randomness), and the p-values corrected for testing many cells.
 * Result sets of different environments, stop conditions or unswept components are compared
 * only when the caller names the columns to match cells on.
 */
public final class Comparison {

    /**
     * How to compare.
     *
     * @param match      the columns to match cells on (besides measure and x); empty: every column,
     *                   and the sets must agree on environment, stop and unswept components
     * @param paired     pair the runs by index (needs the same environment and master seed)
     * @param correction the correction for multiple comparisons
     */
    public record Options(List<String> match, boolean paired, MultipleComparisons correction) {

        /** Copies the list. */
        public Options {
            match = List.copyOf(match);
        }
    }

    /**
     * One matched cell.
     *
     * @param key        the matched columns, measure and x, as {@code name=value} pairs
     * @param first      the first set's n, mean and sd
     * @param second     the second set's
     * @param difference second minus first (of the means, or the mean of paired differences)
     * @param p          the two-sided p-value; NaN when a side has fewer than two runs
     * @param adjusted   the p-value after the correction; NaN when not tested
     */
    public record Row(String key, double[] first, double[] second, double difference, double p, double adjusted) {

        /** Whether the cell could be tested (two runs or more on each side). */
        public boolean tested() {
            return !Double.isNaN(p);
        }
    }

    /**
     * The comparison.
     *
     * @param rows         the matched cells, in the first file's order
     * @param onlyInFirst  cells of the first set with no match
     * @param onlyInSecond cells of the second set with no match
     * @param test         the test used, in words
     * @param notes        what differs between the sets that the user allowed, one line each
     */
    public record Result(List<Row> rows, int onlyInFirst, int onlyInSecond, String test, List<String> notes) {
    }

    private Comparison() {
    }

    /**
     * Compares two result directories.
     *
     * @throws IllegalArgumentException naming a directory without readable results, sets that
     *                                  differ in what must agree, or pairing that is not possible
     */
    public static Result of(Path first, Path second, Options options) throws IOException {
        ResultSet a = ResultSet.read(first);
        ResultSet b = ResultSet.read(second);
        List<String> differences = a.differences(b);
        if (!differences.isEmpty() && options.match().isEmpty()) {
            throw new IllegalArgumentException(first + " and " + second + " differ in " + String.join("; ", differences)
                    + "; compare like with like, or give --match COLUMNS to say which columns to match cells on");
        }
        if (options.paired() && (a.seed() != b.seed() || !a.environment().equals(b.environment()))) {
            throw new IllegalArgumentException("--paired: runs pair only when both sets have the same environment and "
                    + "master seed (" + a.seed() + " against " + b.seed() + "), so that run i met the same environment "
                    + "randomness in both");
        }
        Map<String, double[]> cellsA = cells(first.resolve("summary.csv"), options.match());
        Map<String, double[]> cellsB = cells(second.resolve("summary.csv"), options.match());
        Map<String, double[]> runsA = options.paired() ? runs(a, options.match()) : Map.of();
        Map<String, double[]> runsB = options.paired() ? runs(b, options.match()) : Map.of();
        List<String> keys = new ArrayList<>();
        List<double[]> tests = new ArrayList<>();
        for (Map.Entry<String, double[]> cell : cellsA.entrySet()) {
            double[] x = cell.getValue();
            double[] y = cellsB.get(cell.getKey());
            if (y == null) {
                continue;
            }
            keys.add(cell.getKey());
            if (options.paired()) {
                double[] ra = runsA.get(cell.getKey());
                double[] rb = runsB.get(cell.getKey());
                int n = Math.min(ra == null ? 0 : ra.length, rb == null ? 0 : rb.length);
                PairedTest test = PairedTest.of(java.util.Arrays.copyOf(ra == null ? new double[0] : ra, n),
                        java.util.Arrays.copyOf(rb == null ? new double[0] : rb, n));
                tests.add(new double[] {test.difference(), test.p()});
            } else {
                WelchTest test = WelchTest.of((int) x[0], x[1], x[2], (int) y[0], y[1], y[2]);
                tests.add(new double[] {test.difference(), test.p()});
            }
        }
        double[] p = tests.stream().mapToDouble(t -> t[1]).toArray();
        double[] adjusted = options.correction().adjust(p);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(new Row(keys.get(i), cellsA.get(keys.get(i)), cellsB.get(keys.get(i)), tests.get(i)[0], p[i],
                    adjusted[i]));
        }
        int onlyInFirst = (int) cellsA.keySet().stream().filter(k -> !cellsB.containsKey(k)).count();
        int onlyInSecond = (int) cellsB.keySet().stream().filter(k -> !cellsA.containsKey(k)).count();
        String test = (options.paired() ? "paired t-test over runs" : "Welch's t-test") + ", "
                + options.correction().description();
        return new Result(rows, onlyInFirst, onlyInSecond, test, differences);
    }

    /** The cells of a summary.csv: key to {n, mean, sd}. */
    private static Map<String, double[]> cells(Path file, List<String> match) throws IOException {
        List<List<String>> rows = rows(file);
        List<String> header = rows.get(0);
        int measure = header.indexOf("measure");
        int n = header.indexOf("n");
        int mean = header.indexOf("mean");
        int sd = header.indexOf("sd");
        if (measure < 0 || n < 0 || mean < 0 || sd < 0) {
            throw new IllegalArgumentException(file + ":1: not a summary.csv (needs measure, x, n, mean, sd columns)");
        }
        List<Integer> keyColumns = keyColumns(file, header, header.subList(0, measure), match);
        keyColumns.add(measure);
        keyColumns.add(measure + 1);
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + row.size() + " fields, expected "
                        + header.size());
            }
            String key = key(header, row, keyColumns);
            double[] values = {number(row.get(n)), number(row.get(mean)), number(row.get(sd))};
            if (Double.isNaN(values[0]) || Double.isNaN(values[1])) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": n and mean must be numbers");
            }
            if (cells.put(key, values) != null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": several cells match '" + key
                        + "'; add the other swept columns to --match");
            }
        }
        return cells;
    }

    /** The indexes of the columns to match on: those named, or every swept column. */
    static List<Integer> keyColumns(Path file, List<String> header, List<String> swept, List<String> match) {
        List<Integer> columns = new ArrayList<>();
        for (String name : match.isEmpty() ? swept : match) {
            int index = swept.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException(file + ": no swept column '" + name + "' to match on; its columns: "
                        + (swept.isEmpty() ? "(none)" : String.join(", ", swept)));
            }
            columns.add(index);
        }
        return columns;
    }

    /** Each cell's values by run, in run order, from the tidy data file: key to values. */
    private static Map<String, double[]> runs(ResultSet set, List<String> match) throws IOException {
        Path file = set.directory().resolve(set.data());
        List<List<String>> rows = rows(file);
        List<String> header = rows.get(0);
        int run = header.indexOf("run");
        if (run < 0) {
            throw new IllegalArgumentException(file + ":1: no run column");
        }
        List<String> summaryMeasures = measures(set.directory().resolve("summary.csv"));
        boolean hasX = run + 1 < header.size() && !summaryMeasures.contains(header.get(run + 1));
        List<Integer> keyColumns = keyColumns(file, header, header.subList(0, run), match);
        Map<String, TreeMap<Integer, Double>> byRun = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String prefix = key(header, row, keyColumns);
            int index = Integer.parseInt(row.get(run));
            for (int c = run + (hasX ? 2 : 1); c < header.size(); c++) {
                if (!summaryMeasures.contains(header.get(c))) {
                    continue;
                }
                String key = (prefix.isEmpty() ? "" : prefix + ", ") + "measure=" + header.get(c) + ", x="
                        + (hasX ? row.get(run + 1) : "");
                byRun.computeIfAbsent(key, k -> new TreeMap<>()).put(index, number(row.get(c)));
            }
        }
        Map<String, double[]> runs = new LinkedHashMap<>();
        byRun.forEach((key, values) -> runs.put(key, values.values().stream().mapToDouble(Double::doubleValue).toArray()));
        return runs;
    }

    static List<String> measures(Path summary) throws IOException {
        List<List<String>> rows = rows(summary);
        int measure = rows.get(0).indexOf("measure");
        List<String> names = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String name = rows.get(i).get(measure);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    static String key(List<String> header, List<String> row, List<Integer> columns) {
        StringBuilder key = new StringBuilder();
        for (int c : columns) {
            key.append(key.length() == 0 ? "" : ", ").append(header.get(c)).append('=').append(row.get(c));
        }
        return key.toString();
    }

    /** The rows of a CSV file, the header first. */
    static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows;
        try {
            rows = CsvRows.read(file);
        } catch (java.io.FileNotFoundException | NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": not found; compare takes two directories written by dyna run");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
                    + ": not CSV (" + e.getOriginalMessage() + ")");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty");
        }
        return rows;
    }

    static double number(String text) {
        try {
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
