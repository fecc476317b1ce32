package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result directory's config.json is an experiment file: running it again gives the same results. */
class RerunConfigTest {

    @TempDir
    Path dir;

    @Test
    void runningAConfigJsonAgainGivesTheSameBytesWithTheCommandLineOverridesItKept() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("corridor.txt"), "S....\n.###.\n....G\n");
        Path file = experiments.resolve("corridor.yaml");
        Files.writeString(file, """
                environment: dyna-maze
                parameters:
                  map: corridor.txt
                  planning-steps: [0, 5]
                runs: 10
                stop: {episodes: 50}
                chart: {x-from: 2}
                """);
        Path first = dir.resolve("first");
        Cli.Result run = dyna("run", file.toString(), "--runs", "3", "--episodes", "6", "--out", first.toString());
        assertEquals(0, run.code(), run.err());

        Path second = dir.resolve("second");
        Cli.Result again = dyna("run", first.resolve("config.json").toString(), "--out", second.toString());
        assertEquals(0, again.code(), again.err());
        for (String name : new String[] {"episodes.csv", "summary.csv"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        assertTrue(Files.readString(second.resolve("episodes.csv")).lines().count() == 1 + 2 * 3 * 6,
                "--runs 3 and --episodes 6 were kept in config.json");

        Cli.Result fewer = dyna("run", first.resolve("config.json").toString(), "--runs", "2", "--dry-run");
        assertEquals(0, fewer.code(), fewer.err());
        assertTrue(fewer.out().startsWith("dyna-maze: 2 sweep points x 2 runs = 4 runs, stop episodes=6"), fewer.out());
    }

    @Test
    void aMistakeInAConfigJsonIsNamedByItsLineInThatFile() throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {
                  "dyna" : {"version" : "0.2.0"},
                  "experiment" : {
                    "environment" : "dyna-maze",
                    "parameters" : {"planning-steps" : ["0"]},
                    "runz" : 3
                  }
                }
                """);
        Cli.Result result = dyna("run", config.toString(), "--dry-run");
        assertEquals(2, result.code());
        assertTrue(result.err().strip().startsWith("dyna run: " + config + ":6:5: unknown key 'runz'"), result.err());
        assertTrue(result.err().strip().endsWith("did you mean 'runs'?"), result.err());
    }
}
