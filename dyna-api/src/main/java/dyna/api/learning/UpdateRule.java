package dyna.api.learning;

import dyna.api.env.Transition;

/**
 * Moves action values toward a target computed from a transition. Real transitions (direct
 * RL) and simulated ones (planning) go through the same rule; an expected update averages the
 * {@link #target} over a model's outcomes and moves toward that. The rule reads the features
 * of S and S' from the transition ({@link Transition#features()}, {@link
 * Transition#nextFeatures()}), which the agent has written, and works through {@link
 * ActionValues}, so the same rule serves tabular and linear values.
 */
public interface UpdateRule {

    /** The discount γ of the rule's targets (1 for an undiscounted rule). */
    double discount();

    /**
     * Whether the target needs the action the policy takes in S' ({@link
     * Transition#nextAction()}), as Sarsa's does: the agent then chooses A' before the update
     * (the order of the book's Sarsa box), and planning draws it from the policy on the
     * simulated S'.
     */
    default boolean needsNextAction() {
        return false;
    }

    /**
     * The target of a transition, for example R + γ max_a Q(S', a) for Q-learning; just R when
     * the transition is {@code terminated}.
     */
    double target(ActionValues values, Transition t);

    /**
     * Moves Q(S, A) toward {@code target} by the rule's step size.
     *
     * @return the error {@code target - Q(S, A)} before the update
     */
    double updateToward(ActionValues values, Transition t, double target);

    /**
     * Updates Q(S, A) from the transition.
     *
     * @return the temporal-difference error before the update
     */
    default double update(ActionValues values, Transition t) {
        return updateToward(values, t, target(values, t));
    }

    /**
     * The temporal-difference error {@link #update} would use, without changing anything (for
     * search controls that rank pairs by it).
     */
    default double error(ActionValues values, Transition t) {
        return target(values, t) - values.value(t.features(), t.action());
    }
}
