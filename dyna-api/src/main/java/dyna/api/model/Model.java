package dyna.api.model;

import dyna.api.env.Step;

/**
 * A tabular model of the world, learned from real transitions. It remembers which
 * state-action pairs it has seen, so that a planner can pick one in O(1), and it answers
 * (s, a) with a simulated outcome.
 */
public interface Model {

    /** Learns from one real transition (s, a, r, s', terminated). */
    void observe(int state, int action, double reward, int nextState, boolean terminated);

    /** The number of distinct states in which the model knows at least one action. */
    int observedStateCount();

    /** The {@code index}-th such state, {@code 0 <= index < observedStateCount()}. */
    int observedState(int index);

    /** The number of actions the model knows in {@code state}. */
    int observedActionCount(int state);

    /** The {@code index}-th known action in {@code state}. */
    int observedAction(int state, int index);

    /**
     * Writes a simulated outcome of a known pair (next state, reward, terminated) into
     * {@code out}. Any randomness comes from the model's own stream.
     */
    void sample(int state, int action, Step out);
}
