package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsRunsDoneOnOneLineAndEndsIt() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 4, true);
        bar.update(4);
        assertTrue(text.toString().startsWith("\r  [##############################] 4/4 runs"), text.toString());
        assertTrue(text.toString().endsWith(System.lineSeparator()));
    }

    @Test
    void withoutATerminalPrintsALineForEachTenthDoneAndAtTheEnd() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 100, false, now::get);
        for (int done = 0; done <= 100; done++) {
            now.addAndGet(10_000_000L);   // 10 ms a run: a line per tenth only
            bar.update(done);
            bar.update(done);             // the runner repeats itself while it waits
        }
        List<String> lines = text.toString().lines().toList();
        assertEquals(10, lines.size(), text.toString());
        assertEquals("  10/100 runs, 90.9 runs/s, 1.0 s left", lines.get(0));
        assertTrue(lines.get(9).startsWith("  100/100 runs, "), lines.get(9));
    }

    @Test
    void withoutATerminalASlowSweepStillPrintsEveryFewSeconds() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 1000, false, now::get);
        for (int done = 1; done <= 5; done++) {
            now.addAndGet(ProgressBar.LINE_SECONDS * 1_000_000_000L);
            bar.update(done);
        }
        assertEquals(5, text.toString().lines().count(), "one line per interval although no tenth was crossed");
    }

    /**
     * The work inside runs still going counts: with no run finished after 10 s but half of one
     * done, a line says so, and the rate and the time left are of the work (0.05 runs a second,
     * 1.5 runs left: 30 s), not "0 runs done, nothing known".
     */
    @Test
    void theWorkInsideRunsStillGoingCountsForTheRateAndTheTimeLeft() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 2, false, now::get);
        now.addAndGet(10 * 1_000_000_000L);
        bar.update(0, 0.5);
        assertEquals("  0/2 runs (+0.50 under way), 0.1 runs/s, 30.0 s left", text.toString().lines().findFirst().orElse(""));
        now.addAndGet(1_000_000_000L);
        bar.update(0, 0.55);
        assertEquals(1, text.toString().lines().count(), "no new tenth, not 10 s yet");
        now.addAndGet(10 * 1_000_000_000L);
        bar.update(0, 0.55);
        assertEquals(2, text.toString().lines().count(), "a line at least every 10 s, so a long run is seen alive");
        bar.update(2, 0);
        bar.update(2, 0);
        assertEquals(3, text.toString().lines().count(), "the end once");
    }

    @Test
    void aTerminalBarCountsTheWorkUnderWayAndEndsOnce() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 4, true, now::get);
        now.addAndGet(1_000_000_000L);
        bar.update(1, 1.0);
        assertTrue(text.toString().startsWith("\r  [###############...............] 1/4 runs (+1.00 under way)"),
                text.toString());
        now.addAndGet(1_000_000_000L);
        bar.update(4, 0);
        now.addAndGet(1_000_000_000L);
        bar.update(4, 0);
        assertEquals(1, text.toString().split(System.lineSeparator(), -1).length - 1, "one line ended: " + text);
    }

    /** A long run shows how it learns: its last episode while it goes, not on the final line. */
    @Test
    void theLastEpisodeOfTheRunsUnderWayEndsTheLineWhileTheyGo() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 1, false, now::get);
        bar.latest(() -> "last episode 143 steps, return -143");
        now.addAndGet(10 * 1_000_000_000L);
        bar.update(0, 0.5);
        bar.update(1, 0);
        List<String> lines = text.toString().lines().toList();
        assertEquals("  0/1 runs (+0.50 under way), 0.1 runs/s, 10.0 s left; last episode 143 steps, return -143",
                lines.get(0));
        assertEquals("  1/1 runs, 0.1 runs/s, 0.0 s left", lines.get(1));
    }

    /** Redrawn in place, a shorter line blanks what is left of a longer one before it. */
    @Test
    void aShorterBarCoversTheLongerOneBeforeIt() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 2, true, now::get);
        String[] latest = {"last episode 1000 steps, return -1000"};
        bar.latest(() -> latest[0]);
        now.addAndGet(1_000_000_000L);
        bar.update(0, 0.5);
        latest[0] = "";
        now.addAndGet(1_000_000_000L);
        bar.update(1, 0);
        String[] draws = text.toString().split("\r");
        assertEquals(draws[1].length(), draws[2].length(), "padded to the longer line: " + text);
        assertTrue(draws[2].stripTrailing().endsWith("left"), draws[2]);
    }

    @Test
    void timeLeftReadsAsPeopleSayIt() {
        assertEquals("4.2 s", ProgressBar.duration(4.2));
        assertEquals("3 min 05 s", ProgressBar.duration(185));
        assertEquals("2 h 10 min", ProgressBar.duration(7800));
    }
}
