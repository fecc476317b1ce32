package dyna.app.experiment;

/** When a run stops: after a number of episodes, or after a number of real steps. */
public sealed interface StopCondition permits StopCondition.Episodes, StopCondition.Steps {

    /** The number of episodes or steps. */
    int count();

    /**
     * Stop after {@code count} episodes.
     *
     * @param count at least 1
     */
    record Episodes(int count) implements StopCondition {
    }

    /**
     * Stop after {@code count} real steps, across episodes.
     *
     * @param count at least 1
     */
    record Steps(int count) implements StopCondition {
    }
}
