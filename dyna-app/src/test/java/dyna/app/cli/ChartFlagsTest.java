package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart options on the command line: each replaces the file's, and the result records what was drawn. */
class ChartFlagsTest {

    @TempDir
    Path dir;

    private JsonNode chartOf(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("config.json").toFile()).path("experiment").path("chart");
    }

    @Test
    void chartOptionsGivenOnTheCommandLineAreDrawnAndRecorded() throws Exception {
        Path out = dir.resolve("options");
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--episodes", "3", "--runs",
                "2", "--log-y", "--x-from", "2", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("{\"log-y\":true,\"x-from\":2.0}", chartOf(out).toString());
        assertTrue(Files.size(out.resolve("episodes.png")) > 1000);

        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, """
                environment: dyna-maze
                parameters: {planning-steps: [0, 5], alpha: [0.1, 0.5]}
                runs: 2
                stop: {episodes: 3}
                chart: {log-y: true, x-from: 2, panels-by: alpha}
                """);
        Path changed = dir.resolve("changed");
        Cli.Result overridden = dyna("run", file.toString(), "--no-log-y", "--panels-by", "none", "--out",
                changed.toString());
        assertEquals(0, overridden.code(), overridden.err());
        assertEquals("{\"x-from\":2.0,\"panels-by\":\"none\"}", chartOf(changed).toString(),
                "what was given replaces the file's; the rest stays");
    }

    @Test
    void aChartOptionThatCannotBeDrawnIsOneLine() {
        Cli.Result notSwept = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--episodes", "2",
                "--panels-by", "gamma", "--dry-run");
        assertEquals(2, notSwept.code(), notSwept.err());
        assertEquals("dyna run: panels-by: 'gamma' is not swept; valid: planning-steps, or none for one panel",
                notSwept.err().strip());
        Cli.Result infinite = dyna("run", "--env", "dyna-maze", "--x-from", "Infinity", "--dry-run");
        assertEquals(2, infinite.code());
        assertTrue(infinite.err().strip().startsWith("dyna run: --x-from Infinity: give a finite number"), infinite.err());
    }
}
