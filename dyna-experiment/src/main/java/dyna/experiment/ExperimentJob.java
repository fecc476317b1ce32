package dyna.experiment;

import dyna.experiment.output.JobRecord;
import dyna.experiment.output.ResultDirectory;
import dyna.experiment.stream.RunStream;
import dyna.experiment.stream.RunStreams;
import dyna.experiment.stream.StreamFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a planned experiment into a result directory, as {@code dyna run} does, from Java without
 * a command line: opens the directory under its lock, takes the finished runs of the shards to
 * merge, runs the pending runs this process owns on an executor (local threads, a cluster),
 * journaling each as it finishes, and then records the shard (when running one of several) or
 * commits the results as one unit. Killed part-way, finished runs stay in the journal and the
 * previous result set stays whole; the same job with {@code resume} does only the rest.
 *
 * <pre>{@code
 * ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), ProviderRegistry.discover(), List.of());
 * ExperimentJob.Outcome outcome = ExperimentJob.run(plan, new LocalPool(4),
 *         ExperimentJob.Options.into(Path.of("results/figure-8.2")), new ExperimentJob.Listener() { });
 * }</pre>
 */
public final class ExperimentJob {

    private ExperimentJob() {
    }

    /**
     * What to do besides the plan.
     *
     * @param out       the result directory
     * @param resume    keep the runs finished there by the same experiment, and do only the rest
     * @param overwrite replace the results of another experiment there
     * @param shard     the part of the runs to do here ({@link Shard#ALL}: all)
     * @param merge     result directories of shards of the same experiment whose finished runs to take
     * @param command   the command that made the results, recorded in {@code config.json}
     * @param streams   the records to write as runs finish (TensorBoard's, JSON lines), besides the results
     */
    public record Options(Path out, boolean resume, boolean overwrite, Shard shard, List<Path> merge,
            String command, List<StreamFormat> streams) {

        /** Copies the lists. */
        public Options {
            merge = List.copyOf(merge);
            streams = List.copyOf(streams);
        }

        /** Options that write no stream. */
        public Options(Path out, boolean resume, boolean overwrite, Shard shard, List<Path> merge, String command) {
            this(out, resume, overwrite, shard, merge, command, List.of());
        }

        /** Every run, into {@code out}, replacing nothing and resuming nothing. */
        public static Options into(Path out) {
            return new Options(out, false, false, Shard.ALL, List.of(), "run");
        }
    }

    /** What a job tells as it goes; called from the job's threads, so it must be thread-safe. */
    public interface Listener {

        /** Before the first run: the runs this process owns (all of them but another shard's). */
        default void starting(int runs) {
        }

        /** Runs ended so far, or found finished before (at most the number told to {@link #starting}). */
        default void progress(int done) {
        }

        /** The job has ended, however it ended: nothing more will be told. */
        default void ended() {
        }

        /** A line worth telling that changes nothing (a damaged run file done again). */
        default void warning(String line) {
        }

        /**
         * The process is ending before the job is done (SIGTERM, Ctrl-C): finished runs are kept in
         * {@code runs}, the result set is as it was.
         */
        default void interrupted(int finished, int total, Path runs) {
        }
    }

    /** How a job ended. */
    public sealed interface Outcome permits Committed, ShardDone, RunsFailed {
    }

    /**
     * Every run finished and the results are written.
     *
     * @param written   what the stop condition wrote
     * @param merged    the finished runs taken from shard directories
     * @param directory the result directory
     */
    public record Committed(WrittenResults written, int merged, Path directory) implements Outcome {
    }

    /**
     * This shard's runs are finished and kept, with the record {@code dyna merge} reads.
     *
     * @param shard the shard
     * @param owned its runs
     * @param total the experiment's runs
     * @param runs  where they are kept
     */
    public record ShardDone(Shard shard, int owned, int total, Path runs) implements Outcome {
    }

    /**
     * Some runs failed; the others are kept, and no result file was written.
     *
     * @param failures the failed runs, in order
     * @param total    the experiment's runs
     * @param runs     where the finished ones are kept
     */
    public record RunsFailed(List<RunFailure> failures, int total, Path runs) implements Outcome {
    }

    /**
     * Runs the job.
     *
     * @throws ExperimentException for a directory that is locked, cannot be written or holds
     *                             another experiment, or a shard directory of another experiment
     * @throws IOException         when the results cannot be written (the previous ones stay whole)
     */
    public static Outcome run(ExperimentPlan plan, RunExecutor executor, Options options, Listener listener)
            throws IOException, InterruptedException {
        try {
            return runAndCommit(plan, executor, options, listener);
        } finally {
            listener.ended();
        }
    }

    private static Outcome runAndCommit(ExperimentPlan plan, RunExecutor executor, Options options, Listener listener)
            throws IOException, InterruptedException {
        JobRecord record = JobRecord.start();
        boolean merging = !options.merge().isEmpty();
        AtomicInteger finished = new AtomicInteger();
        Path runs = options.out().resolve("runs");
        try (ResultDirectory directory = ResultDirectory.open(options.out(), plan, options.resume() || merging,
                options.overwrite())) {
            RunJournal journal = directory.journal();
            if (!options.resume() && !merging) {
                directory.removeSavedAgents();
                directory.removeStreams();
            }
            int owned = plan.runsOwned(options.shard());
            int merged = directory.merge(plan, options.merge());
            listener.starting(owned);
            Thread onInterrupt = new Thread(() -> {
                directory.abandon();
                listener.interrupted(finished.get(), plan.totalRuns(), runs);
            }, "dyna-interrupt");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try (RunStream streams = RunStreams.open(options.streams(), options.out(), plan,
                    options.resume() || merging, listener::warning)) {
                SweepResults sweep = new ExperimentRunner(executor, streams).run(plan.points(), plan.spec().runs(),
                        plan.spec().stop(), done -> {
                            finished.set(done);
                            listener.progress(Math.min(done, owned));
                        }, journal, (point, run) -> options.shard().owns(journal.fileName(point, run)));
                for (String damaged : journal.damaged()) {
                    listener.warning("warning: run file " + damaged + " was not used; its run was done again");
                }
                if (!sweep.complete()) {
                    return new RunsFailed(sweep.failures(), plan.totalRuns(), runs);
                }
                if (options.shard().count() > 1) {
                    new ShardRecord(options.shard(), plan.spec()).write(runs);
                    return new ShardDone(options.shard(), owned, plan.totalRuns(), runs);
                }
                return new Committed(directory.commit(plan, sweep.results(), options.command(), record), merged, options.out());
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to
                }
            }
        }
    }
}
