package dyna.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a sweep: on a terminal, a one-line bar redrawn in place; elsewhere (CI logs,
 * {@code | tee}, nohup), a plain line each time another tenth of the runs is done or at least
 * every {@value #LINE_SECONDS} seconds, and one at the end.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    static final long LINE_SECONDS = 10;
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int lastTenth;
    private int lastDone = -1;
    private java.util.function.Supplier<String> detail = () -> "";

    ProgressBar(PrintWriter err, int total, boolean terminal) {
        this(err, total, terminal, System::nanoTime);
    }

    /** A progress report reading time in nanoseconds from {@code clock}. */
    ProgressBar(PrintWriter err, int total, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /** Whether standard output and input are a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** Shows {@code detail} after the figures (runs per cluster member), when it is not empty. */
    void detail(java.util.function.Supplier<String> detail) {
        this.detail = detail;
    }

    void update(int done) {
        long now = clock.getAsLong();
        if (terminal) {
            drawBar(done, now);
        } else {
            printLine(done, now);
        }
    }

    private void drawBar(int done, long now) {
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print(String.format(Locale.ROOT, "\r  [%s%s] %s ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                figures(done, now)));
        if (done == total) {
            err.println();
        }
        err.flush();
    }

    private void printLine(int done, long now) {
        if (done == lastDone && done < total) {
            return;
        }
        int tenth = total == 0 ? 10 : (int) (10L * done / total);
        boolean due = tenth > lastTenth || (now - lastDraw >= LINE_SECONDS * 1_000_000_000L && done > lastDone)
                || (done == total && lastDone != total);
        if (!due) {
            return;
        }
        lastTenth = tenth;
        lastDraw = now;
        lastDone = done;
        err.println("  " + figures(done, now));
        err.flush();
    }

    private String figures(int done, long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double left = rate > 0 ? (total - done) / rate : 0;
        String more = detail.get();
        return String.format(Locale.ROOT, "%d/%d runs, %.1f runs/s, %.1f s left", done, total, rate, left)
                + (more.isEmpty() ? "" : " (" + more + ")");
    }
}
