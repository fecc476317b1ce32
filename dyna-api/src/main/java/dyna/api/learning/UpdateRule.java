package dyna.api.learning;

/**
 * Moves action values toward a target computed from a transition. Real transitions (direct
 * RL) and simulated ones (planning) go through the same rule; an expected update averages the
 * {@link #target} over a model's outcomes and moves toward that.
 */
public interface UpdateRule {

    /** The discount γ of the rule's targets (1 for an undiscounted rule). */
    double discount();

    /**
     * The target of a transition to {@code nextState} with {@code reward}, for example
     * r + γ max_a' Q(s', a') for Q-learning; just r when {@code terminated}.
     */
    double target(QTable values, double reward, int nextState, boolean terminated);

    /**
     * Moves Q(s, a) toward {@code target} (by the rule's step size).
     *
     * @return the error {@code target - Q(s, a)} before the update
     */
    double updateToward(QTable values, int state, int action, double target);

    /**
     * Updates Q(s, a) from the transition (s, a, r, s', terminated).
     *
     * @return the temporal-difference error before the update
     */
    default double update(QTable values, int state, int action, double reward, int nextState, boolean terminated) {
        return updateToward(values, state, action, target(values, reward, nextState, terminated));
    }

    /**
     * The temporal-difference error {@link #update} would use, without changing anything (for
     * planners that rank pairs by it).
     */
    default double error(QTable values, int state, int action, double reward, int nextState, boolean terminated) {
        return target(values, reward, nextState, terminated) - values.get(state, action);
    }
}
