package dyna.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on a terminal; silent when the output is not a terminal. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /** Whether standard output and input are a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / total);
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double left = rate > 0 ? (total - done) / rate : 0;
        err.print(String.format(Locale.ROOT, "\r  [%s%s] %d/%d runs, %.1f runs/s, %.1f s left ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, rate, left));
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
