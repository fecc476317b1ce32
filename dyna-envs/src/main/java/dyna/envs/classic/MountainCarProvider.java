package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.Parameters;

/** Provides Mountain Car (Sutton and Barto, section 10.1), with continuous observations. */
public final class MountainCarProvider implements EnvironmentProvider {

    @Override
    public String id() {
        return "mountain-car";
    }

    @Override
    public String description() {
        return "Mountain Car of Sutton & Barto section 10.1: position and velocity (Box), 3 throttles, -1 per step";
    }

    @Override
    public Environment create(Parameters parameters) {
        return new MountainCar();
    }
}
