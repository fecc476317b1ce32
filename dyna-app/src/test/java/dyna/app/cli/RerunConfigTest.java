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

    /**
     * The report's reproduce command, read from the page as a colleague would copy it, reruns
     * exactly what ran, the options given on the command line included (ε = 0.3 here, not the
     * default 0.1): the same summary.csv, byte for byte.
     */
    @Test
    void theReportsReproduceCommandRerunsExactlyWhatRan() throws Exception {
        Path first = dir.resolve("first");
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--param", "epsilon=0.3", "--param", "planning-steps=0,5",
                "--runs", "3", "--episodes", "4", "--seed", "7", "--out", first.toString());
        assertEquals(0, run.code(), run.err());
        String report = Files.readString(first.resolve("report.html"));
        int at = report.indexOf("<h2>Reproduce</h2>");
        String block = report.substring(report.indexOf("<pre>", at) + 5, report.indexOf("</pre>", at));
        String command = block.lines().findFirst().orElseThrow().replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        String[] words = command.replaceFirst("\\s+#.*$", "").strip().split("\\s+");
        assertEquals("./dyna", words[0], command);
        Path second = dir.resolve("second");
        String[] args = java.util.Arrays.copyOfRange(words, 1, words.length);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("DIR")) {
                args[i] = second.toString();
            }
        }
        Cli.Result again = dyna(args);
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(first.resolve("summary.csv")), Files.readAllBytes(second.resolve("summary.csv")),
                "summary.csv from " + command);
        assertTrue(Files.readString(second.resolve("config.json")).contains("\"epsilon\" : 0.3"), "ε = 0.3 kept");
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
