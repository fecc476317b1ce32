package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides Mountain Car with a continuous throttle exactly as Gymnasium's MountainCarContinuous-v0. */
public final class ContinuousMountainCarProvider implements EnvironmentProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("time-limit", 999, 1, Integer.MAX_VALUE,
                    "steps after which an episode is truncated (MountainCarContinuous-v0: 999)"));

    @Override
    public String id() {
        return "mountain-car-continuous";
    }

    @Override
    public String description() {
        return "Gymnasium MountainCarContinuous-v0: position and velocity (Box), a force in [-1, 1] (Box action), "
                + "100 at the goal minus 0.1 a^2, truncated at 999";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Environment create(Parameters parameters) {
        return new ContinuousMountainCar(parameters.getInt("time-limit"));
    }
}
