package dyna.app.cli;

import dyna.experiment.ExperimentJob;
import dyna.experiment.RunFailure;
import dyna.experiment.agents.AgentHooks;
import dyna.experiment.output.ResultDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What {@code dyna run} and {@code dyna merge} print of how a job ended, and the exit code it gives. */
final class JobReport {

    /** Exit code when some runs failed and the others were kept. */
    static final int SOME_RUNS_FAILED = 3;

    private JobReport() {
    }

    /** Prints how a job ended, as {@code dyna run} and {@code dyna merge} do, and returns the exit code. */
    static int print(ExperimentJob.Outcome outcome, AgentHooks hooks, PrintWriter stdout, PrintWriter stderr,
            int shardDirectories) {
        if (outcome instanceof ExperimentJob.RunsFailed failed) {
            List<RunFailure> failures = failed.failures();
            failures.stream().limit(10).forEach(f -> stderr.println("dyna run: " + f.line()));
            if (failures.size() > 10) {
                stderr.println("dyna run: ... and " + (failures.size() - 10) + " more failed runs");
            }
            stderr.println("dyna run: " + failures.size() + " of " + failed.total() + " runs failed; the "
                    + (failed.total() - failures.size()) + " finished runs are kept in " + failed.runs()
                    + " and no result files were written; fix the cause, then run the same command with --resume "
                    + "to do only the failed runs");
            stderr.flush();
            return SOME_RUNS_FAILED;
        }
        if (outcome instanceof ExperimentJob.ShardDone done) {
            stdout.printf("Shard %s: its %d of the %d runs are finished and kept in %s; when every shard is done, "
                    + "write the results with: dyna merge --out DIR SHARD_DIR...%n", done.shard(), done.owned(),
                    done.total(), done.runs());
        } else if (outcome instanceof ExperimentJob.Committed committed) {
            if (committed.merged() > 0) {
                stdout.printf("Merged %d finished runs from %d shard director%s%n", committed.merged(),
                        shardDirectories, shardDirectories == 1 ? "y" : "ies");
            }
            Path directory = committed.directory();
            stdout.print(committed.written().summary());
            stdout.print(hooks.report());
            for (String warning : committed.written().warnings()) {
                stderr.println("dyna run: warning: " + warning + "; the other files are written");
            }
            String chart = committed.written().warnings().isEmpty()
                    ? directory.resolve(committed.written().chart()) + " (and .svg), " : "";
            stdout.printf("Wrote %s, %s, %s%s, %s, %s, %s%n", directory.resolve(committed.written().data()),
                    directory.resolve("summary.csv"), chart, directory.resolve("config.json"),
                    directory.resolve(ResultDirectory.SPEC_FILE), directory.resolve(ResultDirectory.RUNS_FILE),
                    directory.resolve("report.html"));
            Path events = directory.resolve(dyna.experiment.stream.TensorBoardStream.DIRECTORY);
            if (java.nio.file.Files.isDirectory(events)) {
                stdout.printf("Wrote TensorBoard's event files: tensorboard --logdir %s%n", events);
            }
            Path lines = directory.resolve(dyna.experiment.stream.JsonLinesStream.FILE);
            if (java.nio.file.Files.isRegularFile(lines)) {
                stdout.printf("Wrote a JSON line per run: %s%n", lines);
            }
        }
        stdout.flush();
        return 0;
    }

}
