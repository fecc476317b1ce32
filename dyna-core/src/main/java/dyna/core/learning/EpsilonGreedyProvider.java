package dyna.core.learning;

import dyna.api.learning.Policy;
import dyna.api.learning.PolicyProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides the epsilon-greedy behaviour policy with random tie-breaking. */
public final class EpsilonGreedyProvider implements PolicyProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real("epsilon", 0.1, 0, 1, "probability of choosing an action uniformly at random"));

    @Override
    public String id() {
        return "epsilon-greedy";
    }

    @Override
    public String description() {
        return "Epsilon-greedy: uniform with probability epsilon, else greedy with random tie-breaking";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Policy create(Parameters parameters, ComponentContext context) {
        return new EpsilonGreedy(parameters.getDouble("epsilon"), context.random());
    }
}
