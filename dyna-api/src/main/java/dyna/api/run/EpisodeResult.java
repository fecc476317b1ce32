package dyna.api.run;

/**
 * What one episode gave.
 *
 * @param steps     real steps taken
 * @param reward    the undiscounted sum of rewards (the return)
 * @param truncated whether the episode hit the time limit instead of a terminal state
 */
public record EpisodeResult(int steps, double reward, boolean truncated) {
}
