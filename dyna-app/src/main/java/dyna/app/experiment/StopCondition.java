package dyna.app.experiment;

/**
 * When a run stops: after a number of episodes, after a number of real steps, or once its
 * greedy policy is near optimal.
 */
public sealed interface StopCondition
        permits StopCondition.Episodes, StopCondition.Steps, StopCondition.UntilOptimal {

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

    /**
     * Stop at the end of the first episode after which the greedy policy (ties to the first
     * action) reaches a goal within {@code pathFactor} times the shortest path, computed from
     * the environment's transition table; or, not reached, once {@code maxUpdates} direct and
     * planning updates are spent.
     *
     * @param pathFactor at least 1
     * @param maxUpdates at least 1
     */
    record UntilOptimal(double pathFactor, long maxUpdates) implements StopCondition {

        /** The update cap does as a count (capped at {@link Integer#MAX_VALUE}). */
        @Override
        public int count() {
            return (int) Math.min(maxUpdates, Integer.MAX_VALUE);
        }
    }
}
