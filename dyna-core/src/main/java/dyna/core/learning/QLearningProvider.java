package dyna.core.learning;

import dyna.api.learning.UpdateRule;
import dyna.api.learning.UpdateRuleProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides one-step tabular Q-learning. */
public final class QLearningProvider implements UpdateRuleProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real("alpha", 0.1, 0, 1, "step size"),
            ParameterSpec.real("gamma", 0.95, 0, 1, "discount factor"));

    @Override
    public String id() {
        return "q-learning";
    }

    @Override
    public String description() {
        return "One-step tabular Q-learning: Q(s,a) += alpha [r + gamma max Q(s',.) - Q(s,a)]";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public UpdateRule create(Parameters parameters, ComponentContext context) {
        context.stateCount(id());
        return new QLearning(parameters.getDouble("alpha"), parameters.getDouble("gamma"));
    }
}
