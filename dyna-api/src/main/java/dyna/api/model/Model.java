package dyna.api.model;

import dyna.api.env.Transition;

/**
 * A model of the world, learned from real transitions: it observes them, says in O(1) whether
 * it knows a state-action pair, and answers a known pair with a simulated outcome. Where
 * planning starts is not the model's business but the {@link dyna.api.planning.SearchControl
 * search control}'s; other questions a model can answer are {@link ModelCapability
 * capabilities} (interfaces it also implements).
 *
 * <p>Transitions are buffers the caller owns: a model reads them and writes into them, and
 * never keeps them.
 *
 * <p>A planner that rolls out a simulated trajectory (branched rollouts, trajectory sampling)
 * carries a <em>rollout state</em> from step to step, as mbrl-lib's {@code model_state}: an
 * opaque object that the model creates ({@link #newRolloutState}), the caller owns and keeps
 * for the rollout, and the model reads and writes ({@link #startRollout}, {@link
 * #sample(Transition, Object)}). An ensemble keeps there the member that propagates the whole
 * rollout (PETS' TS-∞); a recurrent or latent model keeps its hidden state. A model with no
 * such state needs none of these methods.
 */
public interface Model {

    /** Learns from one real transition. */
    void observe(Transition real);

    /**
     * Whether the model can answer the pair at the start of {@code query} (its state or
     * observation, and its action); O(1). A model never forgets a pair it knew.
     */
    boolean knows(Transition query);

    /**
     * Writes a simulated outcome of the pair at the start of {@code query} (next state or
     * observation, reward, terminated) into {@code query}, leaving its start as it was. Any
     * randomness comes from the model's own stream.
     *
     * @throws IllegalArgumentException      when the model does not {@link #knows know} the pair
     * @throws UnsupportedOperationException when the model offers expectations only ({@link ExpectationModel})
     */
    void sample(Transition query);

    /**
     * A fresh rollout state for one caller to reuse across its rollouts (create it once, not per
     * rollout); {@code null}, the default, for a model that needs none.
     */
    default Object newRolloutState() {
        return null;
    }

    /**
     * Begins a rollout from the start of {@code start} (its observation or state; the action is
     * not yet chosen): resets {@code state} for it, for example by drawing the ensemble member
     * that will propagate it, or by encoding the observation into a latent. Does nothing by
     * default.
     *
     * @param state what {@link #newRolloutState} returned to this caller
     */
    default void startRollout(Transition start, Object state) {
    }

    /**
     * The next step of a rollout: writes a simulated outcome of the start of {@code query} into
     * {@code query}, as {@link #sample(Transition)} does, reading and updating {@code state}. A
     * model that keeps a hidden state may rely on it rather than on the start's observation,
     * which the caller sets to the previous step's next observation. By default, {@link
     * #sample(Transition)}.
     *
     * @param state what {@link #newRolloutState} returned to this caller, begun with {@link #startRollout}
     */
    default void sample(Transition query, Object state) {
        sample(query);
    }
}
