package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.ExperimentException;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.ResultTable;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.stats.Summary;
import dyna.experiment.stop.Episodes;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sweep's chart draws: rows, panels, lines, x range and bands. */
class SeriesChartTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @TempDir
    Path dir;

    private ExperimentPlan plan(String chart) throws Exception {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, """
                environment: dyna-maze
                parameters: {planning-steps: [0, 5], alpha: [0.1, 0.5]}
                runs: 3
                stop: {episodes: 4}
                metrics: [steps, return]
                """ + chart);
        return ExperimentPlan.of(ExperimentFile.read(file), REGISTRY, List.of());
    }

    @Test
    void aRowPerMetricAPanelPerValueOfPanelsByAndLinesFromXFrom() throws Exception {
        ExperimentPlan plan = plan("chart: {x-from: 2, panels-by: alpha}\n");
        ResultTable table = new ResultTable(plan.sweptNames(), plan.points().stream().map(ExperimentPoint::point).toList(),
                new ExperimentRunner(1).run(plan.points(), 3, plan.spec().stop(), done -> { }).results());
        List<List<LineChart.Panel>> rows = SeriesChart.panels(table, LineChart.oneToN(4), m -> m.name(),
                plan.spec().chart().drawing(plan.measures()), plan.measures());

        assertEquals(2, rows.size(), "steps and return, each asked for in metrics");
        for (List<LineChart.Panel> row : rows) {
            assertEquals(List.of("alpha=0.1", "alpha=0.5"), row.stream().map(LineChart.Panel::title).toList());
            for (LineChart.Panel panel : row) {
                assertEquals(List.of("planning-steps=0", "planning-steps=5"),
                        panel.lines().stream().map(LineChart.Line::label).toList());
                for (LineChart.Line line : panel.lines()) {
                    assertArrayEquals(new double[] {2, 3, 4}, line.x());
                }
            }
        }
        assertEquals("steps", rows.get(0).get(0).yLabel());
        assertEquals("return", rows.get(1).get(0).yLabel());
        assertEquals("mean of 3 runs; shaded: ± 1 standard error", SeriesChart.spread(table));

        List<List<LineChart.Panel>> unasked = SeriesChart.panels(table, LineChart.oneToN(4), m -> m.name(),
                plan.spec().chart(), plan.measures());
        assertEquals(1, unasked.size(), "without metrics: the first measure alone");
    }

    @Test
    void panelsByMustNameASweptDimension() throws Exception {
        String message = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> plan("chart: {panels-by: gamma}\n")).getMessage();
        assertTrue(message.endsWith("panels-by: 'gamma' is not swept; valid: planning-steps, alpha, or none for one panel"), message);
        assertTrue(message.startsWith(dir.resolve("sweep.yaml") + ":6:"), message);
    }

    @Test
    void bandsOfCountsStopAtZeroAndFewRunsGetStandardErrors() {
        Summary[] wide = {new Summary(3, 1.0, 2.0, 1.2, -4.0, 6.0, 1.0)};
        double[] x = {1};
        LineChart.Line steps = LineChart.band("a", wide, x, Episodes.STEPS, false);
        assertEquals(0.0, steps.low()[0], "steps cannot be negative");
        assertEquals(6.0, steps.high()[0]);
        LineChart.Line returns = LineChart.band("a", wide, x, Episodes.RETURN, false);
        assertEquals(-4.0, returns.low()[0], "a return can");
        LineChart.Line standardErrors = LineChart.band("a", wide, x, Episodes.RETURN, true);
        assertEquals(1.0 - 1.2, standardErrors.low()[0], 1e-12);
        assertEquals(1.0 + 1.2, standardErrors.high()[0], 1e-12);
    }
}
