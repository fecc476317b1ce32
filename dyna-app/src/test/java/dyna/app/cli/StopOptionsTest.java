package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.stop.Episodes;
import dyna.experiment.stop.PlanningOnly;
import dyna.experiment.stop.Steps;
import dyna.experiment.stop.UntilOptimal;
import dyna.experiment.stop.UntilSolved;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop option on the command line changes only what it names: the file's other stop settings
 * stay; a protocol named replaces the file's, its settings at their defaults unless given; a
 * setting of a protocol the experiment does not stop by is refused in one line.
 */
class StopOptionsTest {

    @TempDir
    Path dir;

    private String file(String stop) throws Exception {
        Path file = dir.resolve("e.yaml");
        Files.writeString(file, "environment: cart-pole\nmodel: no-model\nruns: 2\nstop: " + stop + "\n");
        return file.toString();
    }

    @Test
    void aSettingGivenChangesThatSettingAlone() throws Exception {
        String solved = file("{until-solved: {return: 475, window: 50, max-steps: 200000}}");
        assertEquals(new UntilSolved(400, 50, 200_000), RunCommand.experimentOf(solved, "--until-solved", "400").stop());
        assertEquals(new UntilSolved(475, 50, 300_000), RunCommand.experimentOf(solved, "--max-steps", "300000").stop());
        assertEquals(new UntilSolved(475, 20, 200_000), RunCommand.experimentOf(solved, "--window", "20").stop());
        assertEquals(new UntilSolved(475, 50, 200_000), RunCommand.experimentOf(solved).stop(), "nothing given");

        String planning = file("{planning-only: {updates: 1000, checkpoints: 5}}");
        assertEquals(new PlanningOnly(2000, 5), RunCommand.experimentOf(planning, "--planning-only", "2000").stop());
        assertEquals(new PlanningOnly(1000, 10), RunCommand.experimentOf(planning, "--checkpoints", "10").stop());

        String optimal = file("{until-optimal: {path-factor: 1.5, max-updates: 5000}}");
        assertEquals(new UntilOptimal(1.5, 9000), RunCommand.experimentOf(optimal, "--max-updates", "9000").stop());
        assertEquals(new UntilOptimal(1.1, 5000), RunCommand.experimentOf(optimal, "--path-factor", "1.1").stop());
    }

    @Test
    void aProtocolNamedReplacesTheFilesWithItsDefaultsUnlessGiven() throws Exception {
        String episodes = file("{episodes: 30}");
        assertEquals(new UntilSolved(475, 100, 1_000_000), RunCommand.experimentOf(episodes, "--until-solved", "475")
                .stop());
        assertEquals(new UntilSolved(475, 10, 1_000_000), RunCommand.experimentOf(episodes, "--until-solved", "475",
                "--window", "10").stop());
        assertEquals(new Steps(500), RunCommand.experimentOf(episodes, "--steps", "500").stop());
        assertEquals(new Episodes(7), RunCommand.experimentOf(file("{until-solved: {return: 475}}"), "--episodes", "7")
                .stop());
    }

    @Test
    void aSettingOfAnotherProtocolIsRefused() throws Exception {
        String episodes = file("{episodes: 30}");
        UsageException refused = assertThrows(UsageException.class, () -> RunCommand.experimentOf(episodes,
                "--window", "10"));
        assertEquals("--window is a setting of --until-solved, but the experiment stops by episodes (its file's stop); "
                + "give --until-solved too, or leave --window out", refused.getMessage());
        assertTrue(assertThrows(UsageException.class, () -> RunCommand.experimentOf("--env", "dyna-maze",
                "--checkpoints", "4")).getMessage().startsWith("--checkpoints is a setting of --planning-only, but the "
                + "experiment stops by episodes;"));
        assertTrue(assertThrows(UsageException.class, () -> RunCommand.experimentOf(episodes, "--steps", "5",
                "--episodes", "3")).getMessage().startsWith("give one of --episodes"));
    }
}
