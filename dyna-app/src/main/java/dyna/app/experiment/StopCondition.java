package dyna.app.experiment;

/**
 * When a run stops: after a number of episodes, after a number of real steps, once its greedy
 * policy is near optimal, or (pure planning, no real step) after a number of planning updates.
 */
public sealed interface StopCondition
        permits StopCondition.Episodes, StopCondition.Steps, StopCondition.UntilOptimal,
        StopCondition.PlanningOnly {

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

    /**
     * No real steps: the planner spends {@code updates} updates from the environment's start
     * state, and at {@code checkpoints} evenly spaced points (and at 0) the value of the start
     * state under the greedy policy is computed exactly from the true transition table.
     *
     * @param updates     at least 1
     * @param checkpoints at least 1
     */
    record PlanningOnly(int updates, int checkpoints) implements StopCondition {

        @Override
        public int count() {
            return updates;
        }

        /** The number of updates at checkpoint {@code k}, 0 to {@code checkpoints}. */
        public int updatesAt(int k) {
            return (int) ((long) updates * k / checkpoints);
        }
    }
}
