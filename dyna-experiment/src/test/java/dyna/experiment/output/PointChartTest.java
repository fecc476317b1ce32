package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.core.agent.AgentCounters;
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
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result per configuration is drawn as a point with its interval over the configurations
 * named on the x axis, not as a line over a numeric axis of "configuration 0.8 ... 2.2".
 */
class PointChartTest {

    @TempDir
    Path dir;

    @Test
    void eachConfigurationIsANamedPointWithItsInterval() {
        JFreeChart chart = PointChart.chart("t", "Real steps", List.of(
                new PointChart.Point("model=true-model", 30_000, 23_000, 37_000),
                new PointChart.Point("model=neural-ensemble", 25_000, 21_000, 30_000)), false);
        XYPlot plot = chart.getXYPlot();
        assertTrue(plot.getDomainAxis() instanceof SymbolAxis, "the x axis names configurations");
        assertArrayEquals(new String[] {"model=true-model", "model=neural-ensemble"},
                ((SymbolAxis) plot.getDomainAxis()).getSymbols());
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
        assertEquals(2, data.getItemCount(0));
        assertEquals(25_000, data.getYValue(0, 1));
        assertEquals(21_000, data.getStartYValue(0, 1));
        assertEquals(30_000, data.getEndYValue(0, 1));
        assertEquals(1, data.getSeriesCount(), "points, not a line per configuration");
    }

    /** solved.png of a real until-solved table: named points, and every chart option drawn on 1 to 20 points. */
    @Test
    void solvedChartsAreDrawnForOneToTwentyConfigurations() throws Exception {
        for (int points : new int[] {1, 2, 20}) {
            for (boolean logY : new boolean[] {false, true}) {
                Path png = dir.resolve("solved.png");
                ResultTable table = solved(points);
                Optional<String> problem = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> RealStepsUntilSolved.writeChart(png, table, "t", logY));
                assertEquals(Optional.empty(), problem, points + " points, log-y " + logY);
                assertTrue(Files.size(png) > 1000);
                assertTrue(Files.readString(LineChart.svgFile(png)).contains("a=" + (points - 1)),
                        "the last configuration is named on the axis");
            }
        }
    }

    /** Runs of until-solved: real steps 1000 times the point's index plus one, with some spread. */
    private static ResultTable solved(int points) {
        List<SweepPoint> sweep = new ArrayList<>();
        RunResult[][] results = new RunResult[points][4];
        for (int p = 0; p < points; p++) {
            Map<String, String> swept = new LinkedHashMap<>();
            swept.put("a", String.valueOf(p));
            sweep.add(new SweepPoint(swept, swept));
            for (int r = 0; r < 4; r++) {
                double steps = 1000.0 * (p + 1) + 100 * r;
                results[p][r] = new RunResult(Map.of("reached", new double[] {1}),
                        new AgentCounters(10, (long) steps, 0, 0));
            }
        }
        return new ResultTable(List.of("a"), sweep, results);
    }
}
