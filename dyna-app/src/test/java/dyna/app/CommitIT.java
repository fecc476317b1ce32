package dyna.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A result set changes in one step, whatever signal arrives when: a process stopped (kill -9) at
 * any step of moving a new set into place leaves a directory that readers refuse until the next
 * run finishes the set; SIGTERM at any step waits for the set to be in place; a replacement that
 * is interrupted before its results leaves the previous set and its identity as they were.
 */
class CommitIT {

    @TempDir
    static Path dir;

    /** The set that is replaced: Figure 8.2, shortened. */
    private static final List<String> OLD = List.of("--env", "dyna-maze", "--runs", "2", "--episodes", "3");
    /** The set that replaces it, with files of other names (steps.csv, ...). */
    private static final List<String> NEW = List.of("--env", "dyna-maze", "--param", "planning-steps=0", "--runs", "2",
            "--steps", "40");
    private static final List<String> NEW_FILES = List.of("steps.csv", "summary.csv", "steps.png", "steps.svg",
            "spec.json");

    @BeforeAll
    static void writeTheNewSetOnceAsItShouldBe() throws Exception {
        assertEquals(0, dyna("run", NEW, "--out", dir.resolve("reference")).code());
    }

    /** Steps 0 to 9: before the descriptor, before each of the 7 files, before the manifest, before removing the old set's files. */
    @ParameterizedTest(name = "{1} at step {0}")
    @CsvSource({"0, halt", "1, halt", "3, halt", "6, halt", "8, halt", "9, halt",
            "0, term", "1, term", "4, term", "7, term", "8, term", "9, term"})
    void aSetIsReplacedWholeWhateverStepTheProcessStopsAt(int step, String how) throws Exception {
        Path out = dir.resolve(how + "-" + step);
        assertEquals(0, dyna("run", OLD, "--out", out).code());
        Launch stopped = dyna("-Ddyna.failpoint=commit:" + step + ":" + how, "run", NEW, "--overwrite", "--out", out);
        if (how.equals("halt")) {
            assertEquals(137, stopped.code(), stopped.err());
            Launch read = dyna("compare", List.of(out.toString()), out.toString());
            assertEquals(2, read.code(), "a reader refuses the set being replaced: " + read.out() + read.err());
            assertTrue(read.err().contains("its result set was being replaced when the process writing it stopped"),
                    read.err());
            assertEquals(0, dyna("run", NEW, "--resume", "--out", out).code(), "the next run finishes the set");
        } else {
            assertEquals(143, stopped.code(), "SIGTERM ends the process once the set is in place: " + stopped.err());
        }
        assertEquals(0, dyna("compare", List.of(out.toString()), out.toString()).code(), "the set reads whole");
        for (String file : NEW_FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("reference").resolve(file)),
                    Files.readAllBytes(out.resolve(file)), file);
        }
        for (String old : List.of("episodes.csv", "episodes.png", "episodes.svg")) {
            assertFalse(Files.exists(out.resolve(old)), old + " of the replaced set is gone");
        }
        try (var listed = Files.list(out)) {
            assertTrue(listed.noneMatch(f -> f.getFileName().toString().startsWith(".dyna-staging-")),
                    "no staging folder is left");
        }
    }

    @Test
    void aReplacementInterruptedBeforeItsResultsLeavesThePreviousSetAndItsIdentity() throws Exception {
        Path out = dir.resolve("interrupted");
        assertEquals(0, dyna("run", OLD, "--out", out).code());
        byte[] csv = Files.readAllBytes(out.resolve("episodes.csv"));
        List<String> slow = List.of("--env", "dyna-maze", "--param", "planning-steps=5000", "--runs", "8",
                "--episodes", "200");
        Process replacing = start("run", slow, "--overwrite", "--threads", "1", "--out", out);
        Path journal = out.resolve("runs/journal.log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!Files.exists(journal) || !Files.readString(journal, StandardCharsets.UTF_8).contains(".run")) {
            assertTrue(replacing.isAlive() && System.nanoTime() < deadline, "the replacement did not start its runs");
            Thread.sleep(20);
        }
        replacing.destroy();   // SIGTERM, mid-sweep
        assertTrue(replacing.waitFor(1, TimeUnit.MINUTES));
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("episodes.csv")), "the previous set is as it was");
        assertEquals(0, dyna("compare", List.of(out.toString()), out.toString()).code());
        Launch resumed = dyna("run", OLD, "--resume", "--out", out);
        assertEquals(0, resumed.code(), "the previous experiment is still the directory's: " + resumed.err());
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("episodes.csv")));
    }

    private record Launch(int code, String out, String err) {
    }

    /** Runs dyna with these arguments (lists flattened, paths as text); a leading -D goes to the JVM. */
    private static Launch dyna(Object... args) throws IOException, InterruptedException {
        Process process = start(args);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "dyna did not finish");
        String name = "p" + process.pid();
        return new Launch(process.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    private static Process start(Object... args) throws IOException {
        List<String> flat = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof List<?> list) {
                list.forEach(a -> flat.add(a.toString()));
            } else {
                flat.add(arg.toString());
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        while (!flat.isEmpty() && flat.get(0).startsWith("-D")) {
            command.add(flat.remove(0));
        }
        command.addAll(List.of("-p", System.getProperty("dyna.lib"), "-m", "dyna.app"));
        command.addAll(flat);
        Path unique = dir.resolve("launch-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(unique.resolveSibling(unique.getFileName()
                + ".out").toFile()).redirectError(unique.resolveSibling(unique.getFileName() + ".err").toFile());
        Process process = builder.start();
        try {
            Files.move(unique.resolveSibling(unique.getFileName() + ".out"), dir.resolve("p" + process.pid() + ".out"));
            Files.move(unique.resolveSibling(unique.getFileName() + ".err"), dir.resolve("p" + process.pid() + ".err"));
        } catch (IOException e) {
            throw new IOException("cannot name the output of process " + process.pid(), e);
        }
        return process;
    }
}
