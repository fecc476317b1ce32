package dyna.api.provider;

import dyna.api.env.Simulator;
import dyna.api.env.TransitionTable;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a component is created with, besides its parameters: the spaces of the environment it
 * will work in, its own random stream derived from the run's seed, and the environment's true
 * dynamics where it gives them (for models that plan with the true dynamics, as in the book's
 * sections 8.5 and 8.6; learning agents ignore them).
 *
 * @param observations the environment's observation space
 * @param actions      the environment's action space
 * @param random       the component's own random stream; never shared with another component
 * @param dynamics     the environment's transition table, after its seeded reset, if it has one
 * @param simulator    the environment's true dynamics from any observation, if it gives them
 *                     (classic control)
 */
public record ComponentContext(Space observations, Discrete actions, RandomGenerator random,
        Optional<TransitionTable> dynamics, Optional<Simulator> simulator) {

    /** A context with a transition table, or none, and no simulator. */
    public ComponentContext(Space observations, Discrete actions, RandomGenerator random,
            Optional<TransitionTable> dynamics) {
        this(observations, actions, random, dynamics, Optional.empty());
    }

    /** A context with no true dynamics. */
    public ComponentContext(Space observations, Discrete actions, RandomGenerator random) {
        this(observations, actions, random, Optional.empty(), Optional.empty());
    }

    /**
     * The number of states, for components that work with tabular (discrete) observations.
     *
     * @param component the component's id, named in the error
     * @throws IllegalArgumentException when the observations are not discrete
     */
    public int stateCount(String component) {
        if (observations instanceof Discrete discrete) {
            return discrete.n();
        }
        throw new IllegalArgumentException(component + " works with discrete observations only, but the environment's are "
                + observations.describe());
    }
}
