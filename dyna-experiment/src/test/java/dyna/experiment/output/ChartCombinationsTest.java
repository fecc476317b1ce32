package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.core.agent.AgentCounters;
import dyna.experiment.ChartOptions;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.SweepPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every combination of the chart options (log-y, x-from before, inside, at the end of and past
 * the data, panels by default, by a dimension or none, one or two measures) on sweeps of 1 and 20
 * points, and a log axis over data it finds hard (zeros, negatives, a constant, values near the
 * ends of what a double holds): each chart is drawn, or refused with a reason, within a bounded
 * time.
 */
class ChartCombinationsTest {

    private static final Measure STEPS = new Measure("steps", "episode", true);
    private static final Measure RETURN = new Measure("return", "episode");

    @TempDir
    Path dir;

    /** A sweep of {@code points} points over two dimensions, {@code a} and {@code b}, of 3 runs of 50 episodes. */
    static ResultTable table(int points, String data) {
        Random random = new Random(points * 31L + data.hashCode());
        List<SweepPoint> sweep = new ArrayList<>();
        RunResult[][] results = new RunResult[points][3];
        for (int p = 0; p < points; p++) {
            Map<String, String> swept = new LinkedHashMap<>();
            if (points > 1) {
                swept.put("a", String.valueOf(p % 4));
                swept.put("b", String.valueOf(p / 4));
            }
            sweep.add(new SweepPoint(swept, swept));
            for (int r = 0; r < 3; r++) {
                double[] steps = new double[50];
                double[] returns = new double[50];
                for (int e = 0; e < 50; e++) {
                    double v = switch (data) {
                        case "zeros" -> e % 3 == 0 ? 0 : 1000.0 / (e + 1);
                        case "constant" -> 7;
                        case "tiny" -> 1e-300 * (e + 1);
                        case "huge" -> 1e300 / (e + 1);
                        default -> 1000.0 / (e + 1) + random.nextDouble() * 10;
                    };
                    steps[e] = v;
                    returns[e] = data.equals("constant") ? -7 : -v + random.nextDouble();
                }
                results[p][r] = new RunResult(Map.of("steps", steps, "return", returns), new AgentCounters(50, 0, 0, 0));
            }
        }
        return new ResultTable(points > 1 ? List.of("a", "b") : List.of(), sweep, results);
    }

    /**
     * Every combination of the options on sweeps of 1 and 20 points, then a log axis over data it
     * finds hard. The tick loop of a log axis over values near 1e-300 once never ended, allocating
     * until the heap was gone and the job failed as if its runs had.
     */
    @Test
    void everyCombinationIsDrawnOrRefusedInBoundedTime() throws Exception {
        double[] x = LineChart.oneToN(50);
        List<String> refused = new ArrayList<>();
        int charts = 0;
        for (int points : new int[] {1, 20}) {
            ResultTable table = table(points, "plain");
            for (boolean logY : new boolean[] {false, true}) {
                for (double xFrom : points == 1 ? new double[] {Double.NaN, -5, 2, 50, 51}
                        : new double[] {Double.NaN, 50, 51}) {
                    for (String panelsBy : points > 1 ? new String[] {null, "a", "b", ChartOptions.ONE_PANEL}
                            : new String[] {null, ChartOptions.ONE_PANEL}) {
                        for (List<Measure> measures : List.of(List.of(STEPS), List.of(STEPS, RETURN))) {
                            charts++;
                            draw(table, x, new ChartOptions(logY, xFrom, panelsBy, measures), points + " points")
                                    .ifPresent(refused::add);
                        }
                    }
                }
            }
        }
        for (String data : List.of("zeros", "constant", "tiny", "huge")) {
            for (double xFrom : new double[] {Double.NaN, 50}) {
                charts++;
                draw(table(20, data), x, new ChartOptions(true, xFrom, "a", List.of(STEPS, RETURN)), data)
                        .ifPresent(refused::add);
            }
        }
        assertTrue(charts >= 60, "charts: " + charts);
        assertEquals(List.of(), refused.stream().filter(r -> !r.startsWith("huge")).toList(),
                "every chart of finite data is drawn");
        assertTrue(refused.stream().allMatch(r -> r.contains("was not drawn (")),
                "a chart that cannot be drawn says why: " + refused);
    }

    /** Draws the chart within 20 s, returning why it was not drawn if it was not. */
    private Optional<String> draw(ResultTable table, double[] x, ChartOptions options, String what) throws Exception {
        Path png = dir.resolve("c.png");
        Optional<String> problem = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                SeriesChart.write(png, "t", "Episode", table, x, Measure::name, options, List.of(STEPS, RETURN)),
                what + ", " + options);
        if (problem.isEmpty()) {
            assertTrue(Files.size(png) > 1000, what + ", " + options);
        }
        return problem.map(p -> what + ", " + options + ": " + p);
    }

    /** Without options, a sweep of two dimensions is drawn as small multiples by the one of fewer values. */
    @Test
    void twoSweptDimensionsAreSmallMultiplesWithoutOptions() {
        ResultTable table = table(8, "plain");   // a: 0..3, b: 0..1
        List<List<LineChart.Panel>> rows = SeriesChart.panels(table, LineChart.oneToN(50), Measure::name,
                ChartOptions.DEFAULT, List.of(STEPS));
        assertEquals(List.of("b=0", "b=1"), rows.get(0).stream().map(LineChart.Panel::title).toList());
        assertEquals(List.of("a=0", "a=1", "a=2", "a=3"),
                rows.get(0).get(0).lines().stream().map(LineChart.Line::label).toList(), "a line per value of the other");
        List<List<LineChart.Panel>> one = SeriesChart.panels(table, LineChart.oneToN(50), Measure::name,
                new ChartOptions(false, Double.NaN, ChartOptions.ONE_PANEL, List.of()), List.of(STEPS));
        assertEquals(1, one.get(0).size(), "panels-by: none draws one panel");
        assertEquals(8, one.get(0).get(0).lines().size());
        List<List<LineChart.Panel>> single = SeriesChart.panels(table(1, "plain"), LineChart.oneToN(50), Measure::name,
                ChartOptions.DEFAULT, List.of(STEPS));
        assertEquals(1, single.get(0).size(), "one dimension or none: one panel");
    }
}
