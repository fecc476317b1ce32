package dyna.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a sweep, counting the work inside runs still going as well as the runs finished:
 * on a terminal, a one-line bar redrawn in place; elsewhere (CI logs, {@code | tee}, nohup), a
 * plain line each time another tenth of the work is done, at least every {@value #LINE_SECONDS}
 * seconds, and one at the end. The time left is the work left at the rate of work so far.
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
    private int lastLength;
    private java.util.function.Supplier<String> detail = () -> "";
    private java.util.function.Supplier<String> latest = () -> "";

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

    /** The runs the bar counts to. */
    int total() {
        return total;
    }

    /** Whether standard output and input are a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** Shows {@code detail} after the figures (runs per cluster member), when it is not empty. */
    void detail(java.util.function.Supplier<String> detail) {
        this.detail = detail;
    }

    /**
     * Shows {@code latest} at the end of the line while runs go on (the last episode of the runs
     * under way), when it is not empty.
     */
    void latest(java.util.function.Supplier<String> latest) {
        this.latest = latest;
    }

    void update(int done) {
        update(done, 0);
    }

    /**
     * Shows {@code done} runs finished and {@code underWay} runs' worth of work in the runs still
     * going (the sum of their shares done), which the rate and the time left count too.
     */
    void update(int done, double underWay) {
        long now = clock.getAsLong();
        if (terminal) {
            drawBar(done, underWay, now);
        } else {
            printLine(done, underWay, now);
        }
    }

    private void drawBar(int done, double underWay, long now) {
        if (lastDone == total || done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        lastDone = done;
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, WIDTH * (done + underWay) / total);
        String line = String.format(Locale.ROOT, "  [%s%s] %s ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                figures(done, underWay, now));
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));   // over a longer line before
        lastLength = line.length();
        if (done == total) {
            err.println();
        }
        err.flush();
    }

    /**
     * A line when another tenth of the work is done, at least every {@value #LINE_SECONDS} s while
     * the sweep goes on (so a long run is seen to be alive), and once at the end.
     */
    private void printLine(int done, double underWay, long now) {
        if (lastDone == total) {
            return;
        }
        int tenth = total == 0 ? 10 : (int) (10 * (done + underWay) / total);
        boolean due = tenth > lastTenth || now - lastDraw >= LINE_SECONDS * 1_000_000_000L || done == total;
        if (!due) {
            return;
        }
        lastTenth = Math.max(lastTenth, tenth);
        lastDraw = now;
        lastDone = done;
        err.println("  " + figures(done, underWay, now));
        err.flush();
    }

    private String figures(int done, double underWay, long now) {
        double seconds = (now - start) / 1e9;
        double work = done + underWay;
        double rate = seconds > 0 ? work / seconds : 0;
        double left = rate > 0 ? (total - work) / rate : 0;
        String more = detail.get();
        String last = done < total ? latest.get() : "";
        return String.format(Locale.ROOT, "%d/%d runs%s, %.1f runs/s, %s left", done, total,
                underWay > 0.005 ? String.format(Locale.ROOT, " (+%.2f under way)", underWay) : "", rate,
                rate > 0 ? duration(left) : "?") + (more.isEmpty() ? "" : " (" + more + ")")
                + (last.isEmpty() ? "" : "; " + last);
    }

    /** Seconds as people read them: 4.2 s, 3 min 05 s, 2 h 10 min. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, (whole % 3600) / 60);
    }
}
