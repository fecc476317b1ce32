package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart that cannot be drawn is a warning, never a lost result set. */
class LineChartTest {

    @TempDir
    Path dir;

    @Test
    void aSingleValueOnALogAxisIsDrawn() throws Exception {
        Path png = dir.resolve("one.png");
        Optional<String> problem = LineChart.write(png, "one value", "x", "y",
                List.of(new LineChart.Line("a", new double[] {1}, new double[] {1e8})), true);
        assertEquals(Optional.empty(), problem);
        assertTrue(Files.size(png) > 1000 && Files.exists(LineChart.svgFile(png)));
    }

    @Test
    void dataThatCannotBeDrawnGiveAReasonAndNoFile() throws Exception {
        Path png = dir.resolve("broken.png");
        Optional<String> problem = LineChart.write(png, "broken", "x", "y",
                List.of(new LineChart.Line("a", new double[] {1}, new double[] {1, 2})));
        assertTrue(problem.isPresent() && problem.get().startsWith("the chart broken.png was not drawn ("), problem.toString());
        assertTrue(Files.notExists(png) && Files.notExists(LineChart.svgFile(png)));
    }

    @Test
    void aGridOfPanelsIsOneImageWithOneLegendAndEveryPanelInIt() throws Exception {
        Path png = dir.resolve("grid.png");
        List<LineChart.Line> lines = List.of(new LineChart.Line("n=0", new double[] {1, 2}, new double[] {3, 4}),
                new LineChart.Line("n=5", new double[] {1, 2}, new double[] {2, 1}));
        List<LineChart.Panel> row = List.of(new LineChart.Panel("alpha=0.1", "steps", lines),
                new LineChart.Panel("alpha=0.2", "steps", lines), new LineChart.Panel("alpha=0.5", "steps", lines));
        assertEquals(Optional.empty(), LineChart.writeGrid(png, "grid", "", "episode", List.of(row, row), false));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(990, image.getWidth(), "three panels of 330 pixels side by side");
        assertTrue(image.getHeight() > 2 * 330, "two rows of panels and a legend: " + image.getHeight());
        String svg = Files.readString(LineChart.svgFile(png));
        for (String text : List.of("alpha=0.1", "alpha=0.2", "alpha=0.5", "n=0", "n=5")) {
            assertTrue(svg.contains(">" + text + "<"), text + " is drawn");
        }
        assertEquals(1, svg.split(">n=5<", -1).length - 1, "one legend for every panel");
    }

    @Test
    void theXAxisStartsNearTheFirstXValueDrawn() {
        List<LineChart.Line> lines = List.of(new LineChart.Line("a", new double[] {2, 3, 50}, new double[] {5, 4, 3}));
        org.jfree.chart.JFreeChart chart = LineChart.chart("", "episode", "steps", lines, List.of("a"), false);
        double lower = chart.getXYPlot().getDomainAxis().getLowerBound();
        assertTrue(lower > 1 && lower < 2, "from episode 2, not from 0: " + lower);
    }
}
