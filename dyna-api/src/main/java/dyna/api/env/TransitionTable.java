package dyna.api.env;

import java.util.List;

/**
 * The true dynamics of a tabular environment, where it can give them: with them, value
 * iteration, exact hitting times, and model or value errors can be computed.
 */
public interface TransitionTable {

    /** The number of states (equal to the observation space's size). */
    int stateCount();

    /** The number of actions. */
    int actionCount();

    /** The probability that an episode starts in {@code state}. */
    double initialProbability(int state);

    /**
     * The outcomes of taking {@code action} in {@code state}, whose probabilities sum to 1.
     * For a terminal state, or one that cannot be occupied (a wall cell), the list is empty.
     */
    List<Outcome> outcomes(int state, int action);
}
