package dyna.api.env;

import java.util.random.RandomGenerator;

/**
 * The true dynamics of an environment that is Markov in its observations: the outcome of any
 * action from any observation, without touching the environment's own episode. It is the
 * continuous counterpart of a {@link TransitionTable}: planning with the true model (a search
 * control studied in isolation, as Pan et al. do) and the error of a learned model are measured
 * against it.
 */
public interface Simulator {

    /**
     * Writes into {@code out} the outcome of taking {@code action} from {@code observation}:
     * next observation, reward and terminated. Never truncated: time limits belong to episodes,
     * not to the dynamics. A stochastic environment draws from {@code random}; a deterministic
     * one ignores it. Reads {@code observation} before writing, so it may be {@code
     * out.observation()}.
     *
     * @throws IllegalArgumentException when {@code action} is not one of the environment's
     * @throws UnsupportedOperationException when the environment's actions are a box (the default)
     */
    default void simulate(double[] observation, int action, RandomGenerator random, Step out) {
        throw new UnsupportedOperationException(getClass().getName() + " simulates box actions, not the discrete "
                + "action " + action);
    }

    /**
     * As {@link #simulate(double[], int, RandomGenerator, Step)}, for an environment whose
     * actions are a box: {@code action} is read, never written, and treated as the environment's
     * own step treats it.
     *
     * @throws UnsupportedOperationException when the environment's actions are discrete (the default)
     */
    default void simulate(double[] observation, double[] action, RandomGenerator random, Step out) {
        throw new UnsupportedOperationException(getClass().getName() + " simulates discrete actions, not a vector "
                + "of " + action.length);
    }
}
