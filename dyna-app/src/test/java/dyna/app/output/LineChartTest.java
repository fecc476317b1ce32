package dyna.app.output;

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
}
