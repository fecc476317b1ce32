package dyna.api.env;

/**
 * One possible result of taking an action in a state, from a {@link TransitionTable}.
 *
 * @param probability its probability, in (0, 1]
 * @param nextState   the state reached
 * @param reward      the reward received
 * @param terminated  whether {@code nextState} ends the episode
 */
public record Outcome(double probability, int nextState, double reward, boolean terminated) {
}
