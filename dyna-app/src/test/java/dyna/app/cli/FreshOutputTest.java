package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code --out}, each run writes into a new directory named from its experiment and the
 * time, said at the start and in the list of files at the end, so that two commands never
 * collide; resuming or running a shard needs the directory named.
 */
class FreshOutputTest {

    @TempDir
    Path dir;

    @Test
    void aNewDirectoryIsNamedFromTheExperimentAndTheTime() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 7, 14, 3, 5);
        assertEquals(dir.resolve("figure-8.2/2026-12-07_14-03-05"), FreshOutput.create(dir, "figure-8.2", at));
        assertEquals(dir.resolve("figure-8.2/2026-12-07_14-03-05-2"), FreshOutput.create(dir, "figure-8.2", at),
                "a second command in the same second");
        assertEquals("figure-8.2", FreshOutput.name(Path.of("experiments/figure-8.2.yaml"), null));
        assertEquals("figure-8.2", FreshOutput.name(Path.of("results/figure-8.2/spec.json"), null));
        assertEquals("dyna-maze", FreshOutput.name(null, "dyna-maze"));
        assertEquals("my_maze", FreshOutput.name(Path.of("my maze.yaml"), null));
    }

    @Test
    void twoRunsWithoutOutWriteIntoTwoNewDirectories() throws Exception {
        String before = System.getProperty("dyna.results");
        System.setProperty("dyna.results", dir.toString());
        try {
            Cli.Result first = Cli.dyna("run", "--env", "dyna-maze", "--runs", "2", "--episodes", "2");
            Cli.Result second = Cli.dyna("run", "--env", "dyna-maze", "--runs", "2", "--episodes", "2");
            assertEquals(0, first.code(), first.err());
            assertEquals(0, second.code(), second.err());
            List<Path> made;
            try (Stream<Path> listed = Files.list(dir.resolve("dyna-maze"))) {
                made = listed.sorted().toList();
            }
            assertEquals(2, made.size(), made.toString());
            for (int i = 0; i < 2; i++) {
                Cli.Result result = i == 0 ? first : second;
                Path out = made.get(i);
                assertTrue(result.err().contains("dyna run: writing into " + out + " (a new directory: no --out was "
                        + "given)"), result.err());
                assertTrue(result.out().contains(out.resolve("episodes.csv").toString()), result.out());
                assertTrue(Files.isRegularFile(out.resolve("summary.csv")));
            }
            assertEquals(Files.readString(made.get(0).resolve("summary.csv")),
                    Files.readString(made.get(1).resolve("summary.csv")), "the same experiment, the same results");
        } finally {
            if (before == null) {
                System.clearProperty("dyna.results");
            } else {
                System.setProperty("dyna.results", before);
            }
        }
    }

    @Test
    void resumingOrAShardNeedsTheDirectoryNamed() {
        Cli.Result resume = Cli.dyna("run", "--env", "dyna-maze", "--resume");
        assertEquals(2, resume.code());
        assertEquals("dyna run: --resume needs --out DIR: the result directory to go on with", resume.err().strip());
        Cli.Result shard = Cli.dyna("run", "--env", "dyna-maze", "--shard", "1/2");
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("--shard needs --out DIR"), shard.err());
    }
}
