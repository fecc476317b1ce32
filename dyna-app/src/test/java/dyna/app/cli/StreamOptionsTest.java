package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tensorboard} and {@code --json-lines} write their records beside the results and say where. */
class StreamOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theRecordsAskedForAreWrittenAndNamed() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--episodes", "2", "--runs",
                "2", "--threads", "1", "--out", out.toString(), "--tensorboard", "--json-lines");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Wrote TensorBoard's event files: tensorboard --logdir " + out.resolve("tensorboard")),
                run.out());
        assertTrue(run.out().contains("Wrote a JSON line per run: " + out.resolve("runs.jsonl")), run.out());
        assertEquals(4, Files.readAllLines(out.resolve("runs.jsonl")).size());
        try (var files = Files.walk(out.resolve("tensorboard"))) {
            assertEquals(5, files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents.")).count(),
                    "a file per run and the experiment's");
        }

        Cli.Result plain = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--episodes", "2", "--runs",
                "2", "--threads", "1", "--out", out.toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(!plain.out().contains("TensorBoard") && !Files.exists(out.resolve("tensorboard"))
                && !Files.exists(out.resolve("runs.jsonl")), "without the options, no record, old or new: " + plain.out());
    }
}
