package dyna.app.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two result sets side by side: the rows of their {@code summary.csv} files matched by
 * configuration, measure and x, with Welch's t-test of each difference.
 */
public final class Comparison {

    /**
     * One matched cell.
     *
     * @param key   the configuration, measure and x, as {@code name=value} pairs
     * @param first the first set's n, mean and sd
     * @param second the second set's
     * @param test  Welch's test of second minus first
     */
    public record Row(String key, double[] first, double[] second, WelchTest test) {
    }

    /**
     * The comparison.
     *
     * @param rows        the matched cells, in the first file's order
     * @param onlyInFirst cells of the first set with no match
     * @param onlyInSecond cells of the second set with no match
     */
    public record Result(List<Row> rows, int onlyInFirst, int onlyInSecond) {
    }

    private Comparison() {
    }

    /**
     * Compares the {@code summary.csv} of two result directories.
     *
     * @throws IllegalArgumentException naming a directory without a readable summary.csv
     */
    public static Result of(Path first, Path second) throws IOException {
        Map<String, double[]> a = read(first.resolve("summary.csv"));
        Map<String, double[]> b = read(second.resolve("summary.csv"));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> cell : a.entrySet()) {
            double[] other = b.get(cell.getKey());
            if (other != null) {
                double[] x = cell.getValue();
                rows.add(new Row(cell.getKey(), x, other,
                        WelchTest.of((int) x[0], x[1], x[2], (int) other[0], other[1], other[2])));
            }
        }
        int onlyInFirst = (int) a.keySet().stream().filter(k -> !b.containsKey(k)).count();
        int onlyInSecond = (int) b.keySet().stream().filter(k -> !a.containsKey(k)).count();
        return new Result(rows, onlyInFirst, onlyInSecond);
    }

    /** Key to {n, mean, sd}. */
    private static Map<String, double[]> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": not found; compare takes two directories written by dyna run");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty");
        }
        List<String> header = fields(lines.get(0));
        int measure = header.indexOf("measure");
        int n = header.indexOf("n");
        int mean = header.indexOf("mean");
        int sd = header.indexOf("sd");
        if (measure < 0 || n < 0 || mean < 0 || sd < 0) {
            throw new IllegalArgumentException(file + ":1: not a summary.csv (needs measure, x, n, mean, sd columns)");
        }
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = fields(lines.get(i));
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + row.size() + " fields, expected "
                        + header.size());
            }
            StringBuilder key = new StringBuilder();
            for (int c = 0; c <= measure + 1; c++) {
                key.append(key.length() == 0 ? "" : ", ").append(header.get(c)).append('=').append(row.get(c));
            }
            try {
                cells.put(key.toString(), new double[] {Double.parseDouble(row.get(n)), Double.parseDouble(row.get(mean)),
                    Double.parseDouble(row.get(sd))});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": n, mean and sd must be numbers");
            }
        }
        return cells;
    }

    /** The fields of one CSV line (RFC 4180 quoting). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
