package dyna.envs.classic;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides cart-pole exactly as Gymnasium's CartPole-v1 (solved at an average return of 475 over 100 episodes). */
public final class CartPoleProvider implements EnvironmentProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("time-limit", 500, 1, Integer.MAX_VALUE,
                    "steps after which an episode is truncated (CartPole-v1: 500)"));

    @Override
    public String id() {
        return "cart-pole";
    }

    @Override
    public String description() {
        return "Gymnasium CartPole-v1: (x, x', theta, theta') (Box), push left or right, +1 per step, truncated at 500";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Environment create(Parameters parameters) {
        return new CartPole(parameters.getInt("time-limit"));
    }
}
