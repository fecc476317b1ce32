package dyna.envs.chain;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides the Boyan chain, {@code boyan-chain}, with its own features ({@code boyan-features}). */
public final class BoyanChainProvider implements EnvironmentProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.integer("states", 13, 2, 1_000_000,
            "number of states N, 0 terminal and N - 1 the start (13 and 98 are the common sizes)"));

    @Override
    public String id() {
        return "boyan-chain";
    }

    @Override
    public String description() {
        return "Boyan chain: N states, to s-1 or s-2 with reward -3 (from 1 to 0: -2), V(s) = -2s; one action";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Environment create(Parameters parameters) {
        return new BoyanChain(parameters.getInt("states"));
    }
}
