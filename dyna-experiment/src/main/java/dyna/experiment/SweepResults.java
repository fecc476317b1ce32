package dyna.experiment;

import java.util.List;

/**
 * What a sweep gave: the result of every run that finished, and the runs that failed.
 *
 * @param results  results indexed [point][run]; null where a run failed
 * @param failures the failed runs, in point and run order
 */
public record SweepResults(RunResult[][] results, List<RunFailure> failures) {

    /** Copies the list. */
    public SweepResults {
        failures = List.copyOf(failures);
    }

    /** Whether every run finished. */
    public boolean complete() {
        return failures.isEmpty();
    }
}
