package dyna.app.cli;

import dyna.experiment.ExperimentJob;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * How a command shows a job as it goes: a progress bar on a terminal (a line every tenth of the
 * runs or every 10 s otherwise), each warning on a line of its own below the bar, and what is kept
 * when the process is interrupted.
 */
final class ProgressListener implements ExperimentJob.Listener {

    private final PrintWriter err;
    private final String command;
    private Supplier<String> detail = () -> "";
    private java.util.function.DoubleSupplier underWay = () -> 0;
    private Supplier<String> latest = () -> "";
    private volatile ProgressBar bar;
    private volatile int done;
    private java.util.concurrent.ScheduledExecutorService ticker;

    /** Shows a job on {@code err}, its lines starting with {@code command} (for example "dyna run"). */
    ProgressListener(PrintWriter err, String command) {
        this.err = err;
        this.command = command;
    }

    /** Shows {@code detail} after the figures (runs per cluster member), when it is not empty. */
    void detail(Supplier<String> detail) {
        this.detail = detail;
    }

    /**
     * Counts the work inside the runs under way on this machine too ({@code runs}, as shares of
     * {@code stop}'s end), and shows it as it goes: the bar is redrawn, or a line printed, between
     * runs as well as when one ends, with the last episode of the runs under way.
     */
    void underWay(dyna.experiment.RunsUnderWay runs, dyna.experiment.StopCondition stop) {
        this.underWay = () -> runs.partial(stop);
        this.latest = () -> {
            dyna.experiment.RunsUnderWay.LatestEpisodes last = runs.latest();
            return last == null ? "" : last.describe();
        };
    }

    @Override
    public void starting(int runs) {
        ProgressBar created = new ProgressBar(err, runs, ProgressBar.onTerminal());
        created.detail(detail);
        created.latest(latest);
        bar = created;
        ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dyna-progress");
            thread.setDaemon(true);
            return thread;
        });
        long every = ProgressBar.onTerminal() ? 250 : 1000;
        ticker.scheduleAtFixedRate(() -> show(done), every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void progress(int done) {
        this.done = done;
        show(done);
    }

    private void show(int finished) {
        ProgressBar shown = bar;
        if (shown != null) {
            double going = finished < shown.total() ? underWay.getAsDouble() : 0;
            synchronized (err) {
                shown.update(finished, Math.min(going, shown.total() - finished));
            }
        }
    }

    @Override
    public void ended() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    @Override
    public void warning(String line) {
        synchronized (err) {
            if (ProgressBar.onTerminal()) {
                err.println();   // below the bar drawn in place
            }
            err.println(command + ": " + line);
            err.flush();
        }
    }

    @Override
    public void interrupted(int finished, int total, Path runs) {
        err.println();
        err.println(command + ": interrupted; " + finished + " of " + total + " runs are finished and kept in " + runs
                + "; run the same command with --resume to continue");
        err.flush();
    }
}
