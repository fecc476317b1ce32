package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.core.registry.ProviderRegistry;
import dyna.experiment.reader.ExperimentFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files the episodes, steps and planning-only conditions write after a sweep: the series
 * (one row per point, run and x), the summary (one row per point, measure and x), and a chart
 * whose title and x axis say what is drawn (read from its SVG, where the y axis's name is drawn as
 * glyph outlines, not text).
 */
class StopConditionFilesTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "episodes: 4; episodes; 2; run,episode,steps,return,truncated,planning_updates; 4; "
            + "dyna-maze: steps per episode; Episode",
        "steps: 30; steps; 1; run,step,cumulative_reward; 30; dyna-maze: cumulative reward; Time step",
        "planning-only: {updates: 40, checkpoints: 4}; planning; 1; run,updates,start_value; 5; "
            + "dyna-maze: value of the start state under the greedy policy; Expected updates"})
    void writeTheSeriesTheSummaryAndAChartThatSaysWhatItDraws(String stop, String name, int measures, String header,
            int xs, String title, String xLabel) throws Exception {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, """
                environment: dyna-maze
                parameters:
                  planning-steps: [0, 5]
                runs: 2
                stop: {%s}
                """.formatted(stop));
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), REGISTRY, List.of());
        ResultTable table = new ResultTable(plan.sweptNames(), plan.points().stream().map(ExperimentPoint::point).toList(),
                new ExperimentRunner(1).run(plan.points(), 2, plan.spec().stop(), done -> { }).results());
        WrittenResults written = plan.spec().stop().write(dir, table, plan.spec().stop().measures(), "dyna-maze", 1,
                ChartOptions.DEFAULT);
        assertEquals(name + ".csv", written.data());
        List<String> rows = Files.readAllLines(dir.resolve(name + ".csv"));
        assertEquals("planning-steps," + header, rows.get(0));
        assertEquals(1 + 2 * 2 * xs, rows.size(), "a row per point, run and x");
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals("planning-steps,measure,x,n,mean,sd,se,ci95_low,ci95_high,median", summary.get(0));
        assertEquals(1 + 2 * measures * xs, summary.size(), "a row per point, measure and x");
        assertTrue(summary.get(1).startsWith("0," + header.split(",")[2] + ",") && summary.get(1).contains(",2,"),
                summary.get(1));
        String svg = Files.readString(dir.resolve(name + ".svg"));
        for (String text : List.of(title, xLabel)) {
            assertTrue(svg.contains(text), "the chart says '" + text + "'");
        }
        assertTrue(Files.size(dir.resolve(name + ".png")) > 1_000);
    }
}
