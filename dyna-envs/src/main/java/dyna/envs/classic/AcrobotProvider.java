package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides the acrobot exactly as Gymnasium's Acrobot-v1 (solved at an average return of -100). */
public final class AcrobotProvider implements EnvironmentProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("time-limit", 500, 1, Integer.MAX_VALUE,
                    "steps after which an episode is truncated (Acrobot-v1: 500)"));

    @Override
    public String id() {
        return "acrobot";
    }

    @Override
    public String description() {
        return "Gymnasium Acrobot-v1 (the book's dynamics): cos, sin of both angles and their velocities (Box), "
                + "torque -1/0/+1, -1 per step, truncated at 500";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Environment create(Parameters parameters) {
        return new Acrobot(parameters.getInt("time-limit"));
    }
}
