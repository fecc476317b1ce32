package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyna watch DIR} shows what a sweep has finished, from its journal alone: the runs of each
 * point and the mean of their curve, as the journal grows (here cut back to what a running job
 * would have written), and a page that reloads itself until the end.
 */
class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void theCurvesOfTheRunsFinishedSoFarAreShownFromTheJournal() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result run = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--episodes", "6", "--runs",
                "3", "--threads", "1", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Path journal = out.resolve("runs/journal.log");
        List<String> all = Files.readAllLines(journal);
        assertEquals(6, all.size());
        Files.write(journal, all.subList(0, 2));   // the first point's first two runs: a job under way

        Path page = dir.resolve("watch.html");
        Cli.Result early = dyna("watch", out.toString(), "--once", "--page", page.toString());
        assertEquals(0, early.code(), early.err());
        List<String> lines = early.out().lines().toList();
        assertTrue(lines.get(0).startsWith(out + ": 2 of 6 runs finished ("), lines.get(0));
        assertEquals("steps per episode, mean of the runs finished (episode 1 to 6):", lines.get(1));
        assertTrue(lines.get(2).matches("  planning-steps=0  2/3 runs  [▁▂▃▄▅▆▇█]{6}\\s+last " + lastMean(out, 2)),
                lines.get(2));
        assertEquals("  planning-steps=5  0/3 runs", lines.get(3), "no run finished: no curve");
        String html = Files.readString(page);
        assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"5\">") && html.contains("<img src=\"watch.png?"),
                "a page that reloads itself while runs go on, with the chart");
        assertTrue(Files.size(dir.resolve("watch.png")) > 1000, "the chart of the curves so far");

        Files.write(journal, all);
        Cli.Result done = dyna("watch", out.toString(), "--page", page.toString());
        assertEquals(0, done.code(), "every run finished: watch ends by itself");
        assertTrue(done.out().startsWith(out + ": 6 of 6 runs finished, all ("), done.out());
        assertTrue(!Files.readString(page).contains("http-equiv=\"refresh\""), "the last page stays");
    }

    @Test
    void aDirectoryWithoutRunsIsOneLine() throws Exception {
        Cli.Result missing = dyna("watch", dir.resolve("nothing").toString(), "--once");
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no such directory; give the --out directory of a dyna run"), missing.err());
        Cli.Result empty = dyna("watch", dir.toString(), "--once");
        assertTrue(empty.code() != 0 && empty.err().contains("holds no runs of a dyna experiment"), empty.err());
        assertEquals(1, empty.err().strip().lines().count(), empty.err());
    }

    @Test
    void aSparklineSharesOneRangeAndBucketsLongCurves() {
        assertEquals("▁▄█", SweepSoFar.sparkline(new double[] {0, 3.0 / 7, 1}, 0, 1));
        assertEquals("▁▁", SweepSoFar.sparkline(new double[] {2, 2}, 2, 10), "the low end of a range shared with others");
        assertArrayEquals(new double[] {1.5, 3.5}, SweepSoFar.buckets(new double[] {1, 2, 3, 4}, 2), 1e-12);
        assertArrayEquals(new double[] {1, 2}, SweepSoFar.buckets(new double[] {1, 2}, 40), 1e-12);
    }

    /** The mean of the last episode's steps over the first {@code runs} runs of the first point, from episodes.csv. */
    private static String lastMean(Path out, int runs) throws Exception {
        double sum = 0;
        for (String row : Files.readAllLines(out.resolve("episodes.csv"))) {
            String[] cells = row.split(",");
            if (cells[0].equals("0") && cells[2].equals("6") && Integer.parseInt(cells[1]) <= runs) {
                sum += Double.parseDouble(cells[3]);
            }
        }
        double mean = sum / runs;
        return mean == Math.rint(mean) ? String.valueOf((long) mean)
                : String.format(Locale.ROOT, Math.abs(mean) >= 100 ? "%.1f" : "%.3g", mean).replace(".", "\\.");
    }
}
