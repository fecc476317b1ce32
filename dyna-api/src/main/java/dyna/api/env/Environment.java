package dyna.api.env;

import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Optional;

/**
 * A world the agent acts in, with Gymnasium's semantics. Actions are {@code int} in
 * {@link #actionSpace()}; observations are in {@link #observationSpace()} and are written into
 * a {@link Step} that the caller owns.
 *
 * <p>An environment is a pure function of the seed given to {@link #reset(long, Step)} and
 * the actions taken since.
 */
public interface Environment {

    /** The space observations lie in. */
    Space observationSpace();

    /** The actions, {@code 0 .. n-1}. */
    Discrete actionSpace();

    /** Seeds the environment's random stream and starts an episode; reward 0, not done. */
    void reset(long seed, Step out);

    /** Starts a new episode, continuing the random stream of the last seeded reset. */
    void reset(Step out);

    /** Takes one action and writes observation, reward, terminated and truncated. */
    void step(int action, Step out);

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
}
