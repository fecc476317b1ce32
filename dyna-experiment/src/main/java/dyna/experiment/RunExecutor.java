package dyna.experiment;

import java.util.List;

/**
 * Where the pending runs of a sweep execute: the local thread pool ({@link LocalPool}) or a
 * cluster. An executor only executes; the {@link ExperimentRunner} keeps the journal and the
 * results, so every executor gives the same results for the same runs.
 */
public interface RunExecutor {

    /**
     * Executes every pending run and tells {@code outcomes} how each ended, from any thread;
     * returns when each has ended or {@link Outcomes#stopping()} says to stop. A run may be told
     * twice (executed again after a machine was lost); the journal records it once.
     *
     * @param points  every point of the experiment, by index
     * @param stop    the stop condition of every run
     * @param pending the runs to execute, as (point index, run index) pairs
     */
    void execute(List<ExperimentPoint> points, StopCondition stop, List<RunCoordinates> pending, Outcomes outcomes)
            throws InterruptedException;

    /** Told how each run ended. */
    interface Outcomes {

        /** Whether to stop executing (the journal cannot be written, or memory ran out). */
        boolean stopping();

        /** Run {@code run} of point {@code point} finished with {@code result}. */
        void finished(int point, int run, RunResult result);

        /** A run failed; the others go on. */
        void failed(RunFailure failure);

        /** Something that stops the whole sweep (running out of memory). */
        void fatal(Throwable error);
    }
}
