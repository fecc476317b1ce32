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
}
