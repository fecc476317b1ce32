package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards for batch schedulers: {@code --shard K/N} runs a disjoint part of the runs, and
 * {@code dyna merge} (or {@code dyna run ... --merge}) combines the parts into results byte for
 * byte those of one local run.
 */
class ShardsTest {

    @TempDir
    Path dir;

    private static final List<String> EXPERIMENT = List.of("run", "--env", "dyna-maze", "--runs", "5", "--episodes",
            "4", "--param", "planning-steps=0,5,50", "--threads", "2");

    private static Cli.Result run(Path out, String... args) {
        List<String> all = new ArrayList<>(EXPERIMENT);
        all.addAll(List.of("--out", out.toString()));
        all.addAll(List.of(args));
        return dyna(all.toArray(String[]::new));
    }

    private static List<String> journal(Path out) throws Exception {
        return Files.readAllLines(out.resolve("runs/journal.log"));
    }

    @Test
    void threeShardsMergedGiveTheLocalResultsByteForByte() throws Exception {
        Path local = dir.resolve("local");
        assertEquals(0, run(local).code());
        Set<String> seen = new HashSet<>();
        List<String> merges = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shard = dir.resolve("shard-" + k);
            Cli.Result result = run(shard, "--shard", k + "/3");
            assertEquals(0, result.code(), result.err());
            assertTrue(result.out().startsWith("Shard " + k + "/3: its "), result.out());
            assertFalse(Files.exists(shard.resolve("summary.csv")), "a shard writes no results");
            for (String name : journal(shard)) {
                assertTrue(seen.add(name), name + " ran in two shards");
            }
            merges.addAll(List.of("--merge", shard.toString()));
        }
        assertEquals(15, seen.size(), "the shards together ran every run once");

        Path merged = dir.resolve("merged");
        List<String> command = new ArrayList<>(List.of("merge", "--out", merged.toString()));
        for (int k = 1; k <= 3; k++) {
            command.add(dir.resolve("shard-" + k).toString());
        }
        Cli.Result result = dyna(command.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("Merged 15 finished runs from 3 shard directories"), result.out());
        for (String file : List.of("episodes.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(merged.resolve(file)), file);
        }
        assertEquals(dyna.app.Unrecorded.text(local.resolve("config.json")), dyna.app.Unrecorded.text(merged.resolve("config.json")),
                "config.json but the record of when and where");
        assertEquals(15, journal(merged).size(), "each run recorded once");
    }

    @Test
    void aMissingShardIsRunAtTheMergeAndAShardRunTwiceCountsOnce() throws Exception {
        Path local = dir.resolve("local");
        assertEquals(0, run(local).code());
        Path one = dir.resolve("one");
        assertEquals(0, run(one, "--shard", "1/2").code());
        Path merged = dir.resolve("merged");
        Cli.Result result = run(merged, "--merge", one.toString(), "--merge", one.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(15, journal(merged).size(), "shard 1's runs taken once, shard 2's run here");
        assertArrayEquals(Files.readAllBytes(local.resolve("episodes.csv")), Files.readAllBytes(merged.resolve("episodes.csv")));
    }

    @Test
    void shardsOfAnotherExperimentAndBadShardsAreRefusedInOneLine() throws Exception {
        Path other = dir.resolve("other");
        Cli.Result shard = dyna("run", "--env", "dyna-maze", "--runs", "5", "--episodes", "4", "--param",
                "planning-steps=0,5", "--shard", "1/2", "--out", other.toString());
        assertEquals(0, shard.code(), shard.err());
        Cli.Result refused = run(dir.resolve("merged"), "--merge", other.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--merge: " + other + " holds runs of another experiment (sweep was "),
                refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());

        Cli.Result bad = run(dir.resolve("bad"), "--shard", "3/2");
        assertEquals(2, bad.code());
        assertEquals("dyna run: --shard takes K/N with whole numbers 1 <= K <= N, for example 2/4, not '3/2'",
                bad.err().strip());
        Cli.Result both = run(dir.resolve("both"), "--shard", "1/2", "--merge", other.toString());
        assertEquals(2, both.code());
        Cli.Result notAShard = dyna("merge", "--out", dir.resolve("m").toString(), dir.resolve("bad").toString());
        assertEquals(2, notAShard.code());
        assertTrue(notAShard.err().contains("bad: no such directory; give the --out directory of a run with --shard"),
                notAShard.err());
        Files.createDirectories(dir.resolve("empty"));
        Cli.Result empty = dyna("merge", "--out", dir.resolve("m").toString(), dir.resolve("empty").toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("is not the directory of a shard (no runs/shard.json)"), empty.err());
    }

    @Test
    void everyRunBelongsToExactlyOneShard() {
        for (int n = 1; n <= 5; n++) {
            for (int i = 0; i < 200; i++) {
                String name = Long.toHexString(i * 0x9E3779B97F4A7C15L) + "-" + (i % 7) + ".run";
                int owners = 0;
                for (int k = 1; k <= n; k++) {
                    owners += new Shard(k, n).owns(name) ? 1 : 0;
                }
                assertEquals(1, owners, name + " in " + n + " shards");
            }
        }
    }
}
