package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides the pendulum swing-up exactly as Gymnasium's Pendulum-v1. */
public final class PendulumProvider implements EnvironmentProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("time-limit", 200, 1, Integer.MAX_VALUE,
                    "steps after which an episode is truncated (Pendulum-v1: 200)"));

    @Override
    public String id() {
        return "pendulum";
    }

    @Override
    public String description() {
        return "Gymnasium Pendulum-v1: (cos, sin, theta') (Box), a torque in [-2, 2] (Box action), "
                + "reward -(theta^2 + 0.1 theta'^2 + 0.001 u^2), truncated at 200";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Environment create(Parameters parameters) {
        return new Pendulum(parameters.getInt("time-limit"));
    }
}
