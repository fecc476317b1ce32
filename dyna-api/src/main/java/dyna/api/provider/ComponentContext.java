package dyna.api.provider;

import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.random.RandomGenerator;

/**
 * What a component is created with, besides its parameters: the spaces of the environment it
 * will work in, and its own random stream, derived from the run's seed.
 *
 * @param observations the environment's observation space
 * @param actions      the environment's action space
 * @param random       the component's own random stream; never shared with another component
 */
public record ComponentContext(Space observations, Discrete actions, RandomGenerator random) {

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
