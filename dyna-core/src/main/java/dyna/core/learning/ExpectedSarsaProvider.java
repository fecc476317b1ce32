package dyna.core.learning;

import dyna.api.learning.Policy;
import dyna.api.learning.UpdateRule;
import dyna.api.learning.UpdateRuleProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides expected Sarsa, the expectation under the agent's policy (semi-gradient on linear values). */
public final class ExpectedSarsaProvider implements UpdateRuleProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real("alpha", 0.1, 0, 1, "step size (per active feature on linear values)"),
            ParameterSpec.real("gamma", 0.95, 0, 1, "discount factor"));

    @Override
    public String id() {
        return "expected-sarsa";
    }

    @Override
    public String description() {
        return "Expected Sarsa: Q(s,a) += alpha [r + gamma sum pi(a'|s') Q(s',a') - Q(s,a)] (semi-gradient on linear values)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public UpdateRule create(Parameters parameters, ComponentContext context, Policy policy) {
        return new ExpectedSarsa(parameters.getDouble("alpha"), parameters.getDouble("gamma"), policy,
                context.actionCount(id()));
    }
}
