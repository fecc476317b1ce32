package dyna.api.env;

import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Optional;

/**
 * A world the agent acts in, with Gymnasium's semantics. Actions lie in {@link #actionSpace()}:
 * {@code int}s of a {@link Discrete} space, taken by {@link #step(int, Step)}, or {@code double[]}
 * vectors of a {@link Box}, taken by {@link #step(double[], Step)}; an environment implements the
 * step of its own space. Observations are in {@link #observationSpace()} and are written into a
 * {@link Step} that the caller owns.
 *
 * <p>An environment is a pure function of the seed given to {@link #reset(long, Step)} and
 * the actions taken since.
 */
public interface Environment {

    /** The space observations lie in. */
    Space observationSpace();

    /**
     * The space actions lie in: a {@link Discrete} space of {@code 0 .. n-1}, or a {@link Box} of
     * bounded vectors. Implementations may declare the narrower type ({@code Discrete
     * actionSpace()}).
     */
    Space actionSpace();

    /** Seeds the environment's random stream and starts an episode; reward 0, not done. */
    void reset(long seed, Step out);

    /** Starts a new episode, continuing the random stream of the last seeded reset. */
    void reset(Step out);

    /**
     * Takes one action of a discrete action space and writes observation, reward, terminated and
     * truncated.
     *
     * @throws UnsupportedOperationException when the actions are a box (the default)
     */
    default void step(int action, Step out) {
        throw new UnsupportedOperationException(getClass().getName() + " takes actions in "
                + actionSpace().describe() + ", not the discrete action " + action);
    }

    /**
     * Takes one action of a box action space, which the caller owns and the environment only
     * reads, and writes observation, reward, terminated and truncated. An action outside the box
     * is treated as Gymnasium's environment treats it (Pendulum and continuous Mountain Car clip
     * it).
     *
     * @throws UnsupportedOperationException when the actions are discrete (the default)
     */
    default void step(double[] action, Step out) {
        throw new UnsupportedOperationException(getClass().getName() + " takes actions in "
                + actionSpace().describe() + ", not a vector of " + action.length);
    }

    /** The true transition table, for environments that can give it (tabular ones). */
    default Optional<TransitionTable> transitionTable() {
        return Optional.empty();
    }

    /**
     * The true dynamics from any observation, for environments that are Markov in their box
     * observations (classic control) and can give them.
     */
    default Optional<Simulator> simulator() {
        return Optional.empty();
    }

    /**
     * Coordinates the observations are a function of, for pictures (Pendulum's angle and speed
     * for its cos, sin and speed), where the environment gives them; by default none, and
     * pictures use the observation's own dimensions.
     */
    default Optional<StateCoordinates> stateCoordinates() {
        return Optional.empty();
    }
}
