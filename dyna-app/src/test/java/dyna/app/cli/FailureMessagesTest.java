package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dyna.app.cli.Cli.dyna;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to end in a trace, a hang or a crash: each is one line with the right exit code. */
class FailureMessagesTest {

    @TempDir
    Path dir;


    private static void assertOneLine(Cli.Result result, int code, String start) {
        assertEquals(code, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith(start), result.err());
    }

    @Test
    void resultsTooLargeForTheHeapAreRefusedBeforeTheFirstRun() {
        assertOneLine(dyna("run", "--env", "dyna-maze", "--episodes", "2147483647", "--runs", "2", "--out",
                dir.resolve("o").toString()), 2, "dyna run: the results would take about ");
        assertTrue(Files.notExists(dir.resolve("o")), "nothing was created");
    }

    /** Values a range allows but that would fail in the middle of a run. */
    @Test
    void aWindowThatCouldNeverBeFilledOrHeldIsAUsageError() {
        List<String> cartPole = List.of("run", "--env", "cart-pole", "--update-rule", "sarsa", "--values", "linear",
                "--features", "tile-coding", "--model", "true-model", "--planner", "branched-rollouts", "--param",
                "bounds=-2.4:2.4;-3:3;-0.21:0.21;-3.5:3.5", "--until-solved", "475", "--runs", "1", "--out",
                dir.resolve("o").toString());
        List<String> huge = new java.util.ArrayList<>(cartPole);
        huge.addAll(List.of("--window", "2147483647"));
        assertOneLine(dyna(huge.toArray(String[]::new)), 2,
                "dyna run: --window must be a whole number in [1, 100000], not 2147483647");
        List<String> unfillable = new java.util.ArrayList<>(cartPole);
        unfillable.addAll(List.of("--window", "5000", "--max-steps", "1000"));
        assertOneLine(dyna(unfillable.toArray(String[]::new)), 2,
                "dyna run: --window 5000 can never be filled within max-steps 1000");
        assertTrue(Files.notExists(dir.resolve("o")), "nothing was created");
    }

    @Test
    void aTaskTooLargeForMemoryIsRefusedNamingItsSize() {
        assertOneLine(dyna("run", "--env", "random-task", "--param", "states=1000000", "--param", "branching=1000",
                "--out", dir.resolve("o").toString()), 2,
                "dyna run: random-task: states x 2 actions x branching = 2000000000 outcomes; at most 50000000");
    }

    @Test
    void anExperimentFileThatIsAFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("experiment.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertOneLine(dyna("run", fifo.toString(), "--out", dir.resolve("o").toString()), 2,
                "dyna run: " + fifo + ": not a regular file; an experiment file is a YAML or JSON file");
    }

    @Test
    void aMapThatIsAFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("map.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertOneLine(dyna("run", "--env", "dyna-maze", "--param", "map=" + fifo, "--out", dir.resolve("o").toString()),
                2, "dyna run: " + fifo + ": not a regular file; a map is a text file");
    }

    @Test
    void anOutputPathThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertOneLine(dyna("run", "--env", "dyna-maze", "--runs", "1", "--episodes", "1", "--out", file.toString()), 2,
                "dyna run: cannot write to output directory " + file + ": it is a file, not a directory");
    }

    @Test
    void anUntilOptimalRunOfOneRunWritesItsChartAndEveryFile() {
        Path out = dir.resolve("o");
        Cli.Result result = dyna("run", "--env", "random-task", "--param", "states=50", "--until-optimal", "--runs", "1",
                "--max-updates", "200", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        for (String name : new String[] {"optimal.csv", "summary.csv", "optimal.png", "optimal.svg", "config.json",
            "report.html"}) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
    }

    @Test
    void anEnvironmentWithContinuousObservationsIsRefusedBeforeTheFirstRunNotWithAnIndexError() {
        assertOneLine(dyna("run", "--env", "mountain-car", "--runs", "1", "--episodes", "1", "--out",
                dir.resolve("o").toString()), 2,
                "dyna run: tabular values need discrete observations, but the environment's are box(");
        Cli.Result result = dyna("run", "--env", "mountain-car", "--runs", "1", "--episodes", "1", "--out",
                dir.resolve("o").toString());
        assertTrue(result.err().strip().endsWith("observations, loaded components that fit: values linear; features "
                + "tile-coding; model neural-ensemble, no-model, replay, true-model"), result.err());
    }
}
