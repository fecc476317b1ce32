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
    private volatile ProgressBar bar;

    /** Shows a job on {@code err}, its lines starting with {@code command} (for example "dyna run"). */
    ProgressListener(PrintWriter err, String command) {
        this.err = err;
        this.command = command;
    }

    /** Shows {@code detail} after the figures (runs per cluster member), when it is not empty. */
    void detail(Supplier<String> detail) {
        this.detail = detail;
    }

    @Override
    public void starting(int runs) {
        ProgressBar created = new ProgressBar(err, runs, ProgressBar.onTerminal());
        created.detail(detail);
        bar = created;
    }

    @Override
    public void progress(int done) {
        ProgressBar shown = bar;
        if (shown != null) {
            synchronized (err) {
                shown.update(done);
            }
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
