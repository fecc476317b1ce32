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
}
