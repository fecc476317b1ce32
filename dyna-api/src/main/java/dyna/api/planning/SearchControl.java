package dyna.api.planning;

import dyna.api.env.Transition;

/**
 * Where planning starts: chooses the state (or observation) and action of each simulated
 * update (Sutton and Barto, section 8.2, call this search control). It is told of real
 * experience, asked for the start of each planning update, and told of each update made, so
 * that a priority queue can queue predecessors and a trajectory can move on.
 */
public interface SearchControl {

    /** Told that a real episode starts; the start of {@code first} holds its first state or observation. */
    default void episodeStarted(Transition first) {
    }

    /** Told of each real transition, once the agent's direct update and the model's learning are done. */
    void observe(Transition real);

    /**
     * Told of each real transition with the temporal-difference error of the agent's direct
     * update, taken before that update was made (prioritized sweeping over features queues the
     * active features by it). By default the error is ignored and {@link #observe(Transition)}
     * is told.
     */
    default void observe(Transition real, double error) {
        observe(real);
    }

    /**
     * Writes the start of the next planning update (state or observation, and action) into
     * {@code start}: a pair the model knows, unless {@link #mayHandUnknownPairs()} says otherwise.
     *
     * @return false when there is nowhere to start now (the planner stops for this step)
     */
    boolean next(Transition start);

    /**
     * Whether {@link #next} may write a pair the model does not know (yet): a control that starts
     * from recent real experience does, while a learned model is still warming up. A planner asks
     * {@link dyna.api.model.Model#knows} before it simulates a start from such a control, and ends
     * planning for this step when the model does not know it; every built-in planner does, and
     * {@code dyna.testkit.PlannerChecker} checks a plugin's. By default false: every pair handed is
     * one the model knows, and planners need not ask.
     */
    default boolean mayHandUnknownPairs() {
        return false;
    }

    /**
     * Told that the planning update of {@code start}, as chosen by the last {@link #next}, was
     * made; {@code start} may hold an outcome the planner simulated, which must not be relied on.
     *
     * @param error the temporal-difference error before the update
     */
    default void updated(Transition start, double error) {
    }
}
