package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dyna.app.cli.Cli.dyna;

import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.output.ResultDirectory;
import dyna.experiment.stop.Episodes;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result directory is one unit: locked, never mixed with another experiment, resumed exactly. */
class ResultDirectoryCommandTest {

    @TempDir
    Path dir;


    private static Cli.Result run(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("run", "--env", "dyna-maze", "--threads", "2", "--out", out.toString()));
        all.addAll(List.of(args));
        return dyna(all.toArray(String[]::new));
    }

    private static List<String> journal(Path out) throws Exception {
        return Files.readAllLines(out.resolve("runs/journal.log"));
    }

    @Test
    void resumingADirectoryOfAnotherStopConditionIsRefusedSayingWhatDiffers() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, run(out, "--runs", "2", "--episodes", "3").code());
        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        Cli.Result resumed = run(out, "--runs", "2", "--steps", "100", "--resume");
        assertEquals(2, resumed.code(), resumed.err());
        assertEquals("dyna run: --resume: " + out + " holds another experiment (stop was episodes=3, now steps=100); "
                + "resume it with its own settings, or give --overwrite to replace it", resumed.err().strip());
        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.csv")), "the result set is untouched");
    }

    @Test
    void anotherExperimentNeedsOverwriteWhichReplacesTheWholeSet() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, run(out, "--runs", "2", "--steps", "50").code());
        Cli.Result refused = run(out, "--runs", "2", "--episodes", "3");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains(out + " holds the results of another experiment (stop was steps=50, now "
                + "episodes=3"), refused.err());
        assertTrue(Files.exists(out.resolve("steps.csv")));

        Cli.Result replaced = run(out, "--runs", "2", "--episodes", "3", "--overwrite");
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(Files.exists(out.resolve("episodes.csv")));
        assertFalse(Files.exists(out.resolve("steps.csv")), "no file of the old set is left beside the new one");
        assertFalse(Files.exists(out.resolve("steps.png")));
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertEquals(2, runs.filter(f -> f.toString().endsWith(".run")).count(), "only the new runs are kept");
        }
    }

    @Test
    void runningTheSameExperimentAgainIsAllowedAndGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        assertEquals(0, run(first, "--runs", "2", "--episodes", "3", "--param", "planning-steps=0,5").code());
        assertEquals(0, run(second, "--runs", "2", "--episodes", "3", "--param", "planning-steps=0,5").code());
        Cli.Result again = run(second, "--runs", "2", "--episodes", "3", "--param", "planning-steps=0,5");
        assertEquals(0, again.code(), again.err());
        for (String name : List.of("episodes.csv", "summary.csv", "episodes.png", "episodes.svg", "config.json",
                "report.html")) {
            String a = dyna.app.Unrecorded.text(first.resolve(name)).replace(first.toString(), "OUT");
            String b = dyna.app.Unrecorded.text(second.resolve(name)).replace(second.toString(), "OUT");
            assertEquals(a, b, name + " is the same byte for byte (but the record of when and where it ran)");
        }
    }

    @Test
    void resumeAfterAddingRunsAndValuesDoesExactlyTheNewRuns() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, run(out, "--runs", "2", "--episodes", "2", "--param", "planning-steps=0,5").code());
        List<String> before = journal(out);
        assertEquals(4, before.size());

        assertEquals(0, run(out, "--runs", "3", "--episodes", "2", "--param", "planning-steps=0,5,50", "--resume")
                .code());
        List<String> added = journal(out).subList(before.size(), journal(out).size());
        List<String> expected = new ArrayList<>();
        // the third run of the two old points, and all three runs of the new one
        for (String file : before) {
            String point = file.substring(0, file.indexOf('-'));
            if (!expected.contains(point + "-2.run")) {
                expected.add(point + "-2.run");
            }
        }
        assertEquals(2, expected.size());
        assertEquals(5, added.size(), "2 new runs of old points + 3 of the new point: " + added);
        assertTrue(added.containsAll(expected), added + " holds " + expected);
        assertTrue(added.stream().noneMatch(before::contains), "no run finished before was done again");
        long newPoint = added.stream().map(f -> f.substring(0, f.indexOf('-'))).distinct()
                .filter(p -> before.stream().noneMatch(f -> f.startsWith(p + "-"))).count();
        assertEquals(1, newPoint);
    }

    /** The directory records its experiment as data: resuming it needs no experiment, and gives the same bytes. */
    @Test
    void resumingADirectoryWithNoExperimentGivenResumesTheOneItHolds() throws Exception {
        Path out = dir.resolve("recorded");
        assertEquals(0, run(out, "--param", "planning-steps=0,5", "--param", "epsilon=0.3", "--runs", "3",
                "--episodes", "4").code());
        byte[] csv = Files.readAllBytes(out.resolve("episodes.csv"));
        Files.delete(out.resolve("runs").resolve(journal(out).get(2)));
        Cli.Result resumed = dyna("run", "--resume", "--out", out.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("episodes.csv")), "epsilon 0.3 and the sweep were kept");
        Cli.Result again = dyna("run", out.resolve("spec.json").toString(), "--out", dir.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("again").resolve("episodes.csv")),
                "spec.json runs the same experiment, every option included");
        Cli.Result nothing = dyna("run", "--resume", "--out", dir.resolve("empty").toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("holds no runs of a dyna experiment to resume"), nothing.err());
        Cli.Result mixed = dyna("run", "--resume", "--model", "tabular-time", "--out", out.toString());
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("--model cannot be combined with resuming the experiment in"), mixed.err());
    }

    /** A valid run file of another run put under a run's name is refused: a run's content carries its identity. */
    @Test
    void aRunFileOfAnotherRunUnderThisRunsNameIsRefusedAndDoneAgain() throws Exception {
        Path out = dir.resolve("swapped");
        assertEquals(0, run(out, "--runs", "2", "--episodes", "3").code());
        byte[] csv = Files.readAllBytes(out.resolve("episodes.csv"));
        List<String> runs = journal(out);
        Path first = out.resolve("runs").resolve(runs.get(0));
        Path second = out.resolve("runs").resolve(runs.get(1));
        Files.copy(second, first, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path other = dir.resolve("other");
        assertEquals(0, dyna("run", "--env", "dyna-maze", "--param", "planning-steps=7", "--runs", "2", "--episodes",
                "3", "--out", other.toString()).code());
        Files.copy(other.resolve("runs").resolve(journal(other).get(0)), second,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Cli.Result resumed = run(out, "--runs", "2", "--episodes", "3", "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("warning: run file " + first.getFileName() + " (made for run "
                + second.getFileName() + ", not this one) was not used; its run was done again"), resumed.err());
        assertTrue(resumed.err().contains("warning: run file " + second.getFileName() + " (made for run "
                + journal(other).get(0) + ", not this one) was not used"), "a run of another experiment: "
                + resumed.err());
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("episodes.csv")));
    }

    @Test
    void aDamagedRunFileIsReportedAndDoneAgainNeverUsed() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, run(out, "--runs", "2", "--episodes", "3").code());
        byte[] csv = Files.readAllBytes(out.resolve("episodes.csv"));
        Path damaged = journal(out).stream().map(f -> out.resolve("runs").resolve(f)).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[20] ^= 1;
        Files.write(damaged, bytes);

        Cli.Result resumed = run(out, "--runs", "2", "--episodes", "3", "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("warning: run file " + damaged.getFileName()
                + " (checksum does not match: changed or truncated) was not used; its run was done again"), resumed.err());
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("episodes.csv")));
    }

    /** The journal is an index of the run files, each checked as it is used: its damage never stops a resume. */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aDamagedJournalNeitherBlocksAResumeNorCostsAFinishedRun() throws Exception {
        Path out = dir.resolve("journal");
        assertEquals(0, run(out, "--runs", "3", "--episodes", "3").code());
        byte[] csv = Files.readAllBytes(out.resolve("episodes.csv"));
        List<String> runs = journal(out);
        Path log = out.resolve("runs/journal.log");
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 'x', 0, '\n', (byte) 0xc3};
        Files.write(log, (runs.get(0) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(log, garbage, java.nio.file.StandardOpenOption.APPEND);
        Files.delete(out.resolve("runs").resolve(runs.get(2)));

        Cli.Result resumed = run(out, "--runs", "3", "--episodes", "3", "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("episodes.csv")));
        List<String> after = journal(out);
        assertEquals(runs.get(0), after.get(0), "the readable line is kept, the garbage dropped: " + after);
        assertEquals(List.of(runs.get(0), runs.get(1), runs.get(2)), after.stream().sorted((a, b) ->
                runs.indexOf(a) - runs.indexOf(b)).toList(), "run 1 logged as found, run 2 done again: " + after);

        Files.delete(log);
        ProcessBuilder fifo = new ProcessBuilder("mkfifo", log.toString());
        assertEquals(0, fifo.start().waitFor());
        Cli.Result past = run(out, "--runs", "3", "--episodes", "3", "--resume");
        assertEquals(0, past.code(), past.err());
        assertTrue(Files.isRegularFile(log, java.nio.file.LinkOption.NOFOLLOW_LINKS), "a FIFO is replaced, never waited on");
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("episodes.csv")));
    }

    @Test
    void aRunFileThatIsALinkIsNotFollowed() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, run(out, "--runs", "1", "--episodes", "3").code());
        Path runFile = out.resolve("runs").resolve(journal(out).get(0));
        Path elsewhere = Files.move(runFile, dir.resolve("elsewhere.run"));
        Files.createSymbolicLink(runFile, elsewhere);
        Cli.Result resumed = run(out, "--runs", "1", "--episodes", "3", "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("(not a regular file) was not used"), resumed.err());
        assertFalse(Files.isSymbolicLink(runFile), "the link was replaced by the run's own file");
    }

    @Test
    void aRunsFolderThatIsALinkIsRefused() throws Exception {
        Path out = Files.createDirectories(dir.resolve("r"));
        Files.createSymbolicLink(out.resolve("runs"), Files.createDirectories(dir.resolve("other")));
        Cli.Result result = run(out, "--runs", "1", "--episodes", "2", "--overwrite");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("runs is a symbolic link"), result.err());
    }

    @Test
    void aSecondRunOnADirectoryInUseIsRefusedNamingTheHolder() throws Exception {
        Path out = dir.resolve("r");
        ExperimentSpec spec = ExperimentSpec.of("dyna-maze", new Episodes(1));
        ExperimentPlan plan = ExperimentPlan.of(spec, ProviderRegistry.discover(), List.of());
        try (ResultDirectory held = ResultDirectory.open(out, plan, false, false)) {
            Cli.Result second = run(out, "--runs", "1", "--episodes", "1");
            assertEquals(2, second.code());
            assertEquals("dyna run: output directory " + out + " is in use by another dyna run (pid "
                    + ProcessHandle.current().pid() + "); wait for it to finish or choose another --out",
                    second.err().strip());
        }
        Cli.Result free = run(out, "--runs", "10", "--episodes", "1");
        assertEquals(0, free.code(), "free again once released: " + free.err());
    }

    @Test
    void anEmptyOutputDirectoryNameIsRefused() {
        Cli.Result result = run(Path.of(""), "--runs", "1", "--episodes", "1");
        assertEquals(2, result.code());
        assertEquals("dyna run: --out must name a directory, not an empty text", result.err().strip());
    }

    @Test
    void moreCheckpointsThanPlanningUpdatesIsAUsageError() {
        Cli.Result result = dyna("run", "--env", "random-task", "--model", "known-dynamics", "--planner",
                "uniform-expected", "--planning-only", "10", "--checkpoints", "20", "--out", dir.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("dyna run: --checkpoints (20) must be at most the planning updates (10)"),
                result.err());
    }

    @Test
    void withoutResumeEveryRunIsDoneAgainNeverTakenFromAnEarlierSet() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, run(out, "--runs", "2", "--episodes", "3").code());
        assertEquals(2, journal(out).size());
        Path runFile = out.resolve("runs").resolve(journal(out).get(0));
        byte[] bytes = Files.readAllBytes(runFile);
        bytes[20] ^= 1;
        Files.write(runFile, bytes);   // a rerun that read it would report it as damaged
        Cli.Result again = run(out, "--runs", "2", "--episodes", "3");
        assertEquals(0, again.code(), again.err());
        assertFalse(again.err().contains("was not used"), "no run file was read: " + again.err());
        assertEquals(2, journal(out).size(), "both runs were done again and journaled anew");
    }
}
