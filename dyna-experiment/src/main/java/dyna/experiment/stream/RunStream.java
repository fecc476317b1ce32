package dyna.experiment.stream;

import dyna.experiment.ExperimentPoint;
import dyna.experiment.RunResult;
import java.io.Closeable;
import java.io.IOException;

/**
 * A record of a job that grows as its runs finish: told each run once, on the process that
 * coordinates the job (where a cluster's or a shard's runs arrive too), and, when a job resumes,
 * each run found finished before. Calls may come from several threads at once.
 */
public interface RunStream extends Closeable {

    /** A stream that records nothing. */
    RunStream NONE = (point, run, result) -> { };

    /**
     * Records run {@code run} (0-based) of {@code point}.
     *
     * @throws IOException when the record cannot be written
     */
    void finished(ExperimentPoint point, int run, RunResult result) throws IOException;

    /** Ends the record; nothing is told after. */
    @Override
    default void close() throws IOException {
    }
}
