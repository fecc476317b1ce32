package dyna.api.env;

import dyna.api.space.Box;

/**
 * Coordinates that an environment's observations are a function of, for pictures of what an agent
 * learned: Pendulum observes (cos θ, sin θ, θ̇) of the angle and speed (θ, θ̇), so a policy is best
 * drawn over (θ, θ̇). An environment offers them through {@link Environment#stateCoordinates()}.
 */
public interface StateCoordinates {

    /** The coordinates' ranges, with their names. */
    Box coordinates();

    /** Writes the observation at {@code point} (one value per coordinate) into {@code observation}. */
    void observe(double[] point, double[] observation);
}
