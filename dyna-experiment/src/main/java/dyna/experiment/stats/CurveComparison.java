package dyna.experiment.stats;

import dyna.experiment.output.RealStepsUntilSolved;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two result sets' whole curves compared: for each configuration and measure that has an x
 * (episode, step, updates), each run's mean over a window of x values, and the two sets' run
 * means tested (the paired t-test where the runs pair, Welch's otherwise), corrected for the
 * number of curves. One test per curve, where testing each x alone (300 tests for 300 episodes)
 * finds nothing that a whole curve shows.
 */
public final class CurveComparison {

    /**
     * The x values a run's mean is taken over, both ends included.
     *
     * @param from the first x (negative infinity: from the start)
     * @param to   the last x (positive infinity: to the end)
     */
    public record Window(double from, double to) {

        /** The whole curve. */
        public static final Window ALL = new Window(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        /** Checks the ends. */
        public Window {
            if (Double.isNaN(from) || Double.isNaN(to) || from > to) {
                throw new IllegalArgumentException("--window " + from + ":" + to + ": give FROM:TO with FROM <= TO");
            }
        }

        /** {@code FROM:TO}, either end left out for the start or the end ({@code 100:}, {@code :50}). */
        public static Window parse(String text) {
            String[] ends = text.split(":", -1);
            if (ends.length != 2) {
                throw new IllegalArgumentException("--window " + text + ": give FROM:TO, such as 1:50 or 100: (x values, "
                        + "both ends included)");
            }
            try {
                return new Window(ends[0].isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(ends[0].strip()),
                        ends[1].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(ends[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--window " + text + ": FROM and TO must be numbers (x values)", e);
            }
        }

        boolean holds(double x) {
            return x >= from && x <= to;
        }
    }

    /**
     * One curve compared.
     *
     * @param key        the configuration and measure, as {@code name=value} pairs
     * @param window     the x values averaged, in words: {@code episode 1 to 50 (50 values)}
     * @param first      the first set's runs: n, mean and sd of their window means
     * @param second     the second set's
     * @param difference second minus first (of the means, or the mean of paired differences)
     * @param p          the two-sided p-value; NaN when a side has fewer than two runs
     * @param adjusted   after the correction for the number of curves; NaN when not tested
     * @param x          the x values both sets have, for a chart of the two curves
     * @param means      each set's mean over runs at each x ({@code [set][x]})
     * @param lows       the lower ends of their 95% confidence intervals
     * @param highs      the upper ends
     */
    public record Row(String key, String window, double[] first, double[] second, double difference, double p,
            double adjusted, double[] x, double[][] means, double[][] lows, double[][] highs) {

        /** Whether the curve could be tested (two runs or more on each side). */
        public boolean tested() {
            return !Double.isNaN(p);
        }
    }

    private CurveComparison() {
    }

    /**
     * The curves two result sets have in common (matched as {@link Comparison} matches cells),
     * each run's mean over {@code window}; none when the sets measure one value per run.
     */
    public static List<Row> of(Path first, Path second, Comparison.Options options, Window window) throws IOException {
        ResultSet a = ResultSet.read(first);
        ResultSet b = ResultSet.read(second);
        Curves curvesA = curves(a, options.match());
        Curves curvesB = curves(b, options.match());
        List<String> keys = new ArrayList<>();
        List<String> windows = new ArrayList<>();
        List<double[][]> sides = new ArrayList<>();
        List<double[]> tests = new ArrayList<>();
        List<Drawn> drawn = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, TreeMap<Double, Double>>> curve : curvesA.byKey().entrySet()) {
            TreeMap<Integer, TreeMap<Double, Double>> other = curvesB.byKey().get(curve.getKey());
            if (other == null) {
                continue;
            }
            TreeMap<Double, Double> shape = curve.getValue().firstEntry().getValue();
            List<Double> xs = shape.keySet().stream().filter(window::holds)
                    .filter(x -> other.firstEntry().getValue().containsKey(x)).toList();
            if (xs.isEmpty()) {
                continue;
            }
            double[] meansA = windowMeans(curve.getValue(), xs);
            double[] meansB = windowMeans(other, xs);
            keys.add(curve.getKey());
            drawn.add(drawn(curve.getValue(), other));
            windows.add(String.format(Locale.ROOT, "%s %s to %s (%d values)", curvesA.x(),
                    RealStepsUntilSolved.number(xs.get(0)), RealStepsUntilSolved.number(xs.get(xs.size() - 1)), xs.size()));
            double[] sideA = {meansA.length, Samples.mean(meansA), meansA.length > 1 ? Samples.standardDeviation(meansA) : 0};
            double[] sideB = {meansB.length, Samples.mean(meansB), meansB.length > 1 ? Samples.standardDeviation(meansB) : 0};
            sides.add(new double[][] {sideA, sideB});
            if (options.paired()) {
                int n = Math.min(meansA.length, meansB.length);
                PairedTest test = PairedTest.of(java.util.Arrays.copyOf(meansA, n), java.util.Arrays.copyOf(meansB, n));
                tests.add(new double[] {test.difference(), test.p()});
            } else {
                WelchTest test = WelchTest.of(meansA.length, sideA[1], sideA[2], meansB.length, sideB[1], sideB[2]);
                tests.add(new double[] {test.difference(), test.p()});
            }
        }
        double[] p = tests.stream().mapToDouble(t -> t[1]).toArray();
        double[] adjusted = options.correction().adjust(p);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Drawn d = drawn.get(i);
            rows.add(new Row(keys.get(i), windows.get(i), sides.get(i)[0], sides.get(i)[1], tests.get(i)[0], p[i],
                    adjusted[i], d.x(), d.means(), d.lows(), d.highs()));
        }
        return rows;
    }

    /** The two curves as a chart draws them: at each x both sets have, the mean over runs and its 95% interval. */
    private record Drawn(double[] x, double[][] means, double[][] lows, double[][] highs) {
    }

    private static Drawn drawn(TreeMap<Integer, TreeMap<Double, Double>> first,
            TreeMap<Integer, TreeMap<Double, Double>> second) {
        List<Double> xs = first.firstEntry().getValue().keySet().stream()
                .filter(x -> second.firstEntry().getValue().containsKey(x)).toList();
        double[][] means = new double[2][xs.size()];
        double[][] lows = new double[2][xs.size()];
        double[][] highs = new double[2][xs.size()];
        List<TreeMap<Integer, TreeMap<Double, Double>>> sets = List.of(first, second);
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < xs.size(); i++) {
                double x = xs.get(i);
                Summary summary = Summary.of(sets.get(s).values().stream().map(run -> run.get(x))
                        .filter(v -> v != null && !Double.isNaN(v)).mapToDouble(Double::doubleValue).toArray());
                means[s][i] = summary.mean();
                lows[s][i] = Double.isNaN(summary.low()) ? summary.mean() : summary.low();
                highs[s][i] = Double.isNaN(summary.high()) ? summary.mean() : summary.high();
            }
        }
        return new Drawn(xs.stream().mapToDouble(Double::doubleValue).toArray(), means, lows, highs);
    }

    /** Each run's mean of its values at {@code xs}, in run order. */
    private static double[] windowMeans(TreeMap<Integer, TreeMap<Double, Double>> runs, List<Double> xs) {
        double[] means = new double[runs.size()];
        int r = 0;
        for (TreeMap<Double, Double> run : runs.values()) {
            double sum = 0;
            int n = 0;
            for (double x : xs) {
                Double value = run.get(x);
                if (value != null && !Double.isNaN(value)) {
                    sum += value;
                    n++;
                }
            }
            means[r++] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }

    /**
     * A set's curves from its tidy data file: by configuration and measure, each run's values by x.
     *
     * @param x      the name of the x column ({@code episode}), or empty when runs have no x
     * @param byKey  configuration and measure to run to x to value
     */
    private record Curves(String x, Map<String, TreeMap<Integer, TreeMap<Double, Double>>> byKey) {
    }

    private static Curves curves(ResultSet set, List<String> match) throws IOException {
        Path file = set.directory().resolve(set.data());
        List<List<String>> rows = Comparison.rows(file);
        List<String> header = rows.get(0);
        int run = header.indexOf("run");
        List<String> summaryMeasures = Comparison.measures(set.directory().resolve("summary.csv"));
        boolean hasX = run >= 0 && run + 1 < header.size() && !summaryMeasures.contains(header.get(run + 1));
        Map<String, TreeMap<Integer, TreeMap<Double, Double>>> byKey = new LinkedHashMap<>();
        if (!hasX) {
            return new Curves("", byKey);
        }
        List<Integer> keyColumns = Comparison.keyColumns(file, header, header.subList(0, run), match);
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String prefix = Comparison.key(header, row, keyColumns);
            int index = Integer.parseInt(row.get(run));
            double x = Comparison.number(row.get(run + 1));
            for (int c = run + 2; c < header.size(); c++) {
                if (summaryMeasures.contains(header.get(c))) {
                    String key = (prefix.isEmpty() ? "" : prefix + ", ") + "measure=" + header.get(c);
                    byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(index, k -> new TreeMap<>())
                            .put(x, Comparison.number(row.get(c)));
                }
            }
        }
        return new Curves(header.get(run + 1), byKey);
    }
}
