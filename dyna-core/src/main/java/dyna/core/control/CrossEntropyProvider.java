package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.control.ControllerProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.List;

/**
 * Provides {@code cem}: model-predictive control with the cross-entropy method (PETS), over box
 * actions ({@link CrossEntropyMethod}) or discrete ones ({@link CategoricalCrossEntropy}). Its
 * defaults are mbrl-lib's PETS settings: horizon 15, population 350, 5 iterations, elite ratio
 * 0.1, smoothing 0.1, 20 particles.
 */
public final class CrossEntropyProvider implements ControllerProvider {

    private static final List<ParameterSpec> PARAMETERS = Controllers.with(Controllers.shared(15, 350, 20),
            ParameterSpec.integer("iterations", 5, 1, 1_000, "refinements of the distribution per decision"),
            ParameterSpec.real("elite-ratio", 0.1, 1e-6, 1, "the share of each population whose mean and variance "
                    + "the distribution moves to"),
            ParameterSpec.real("smoothing", 0.1, 0, 0.999, "the share of the old mean and variance kept each "
                    + "iteration (mbrl-lib's alpha)"),
            ParameterSpec.choice("result", "mean", List.of("mean", "best"),
                    "act with the final mean (most probable actions, when discrete) or the best plan seen"));

    @Override
    public String id() {
        return "cem";
    }

    @Override
    public String description() {
        return "Model-predictive control by the cross-entropy method through the agent's model (PETS); "
                + "box or discrete actions";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Controller create(Parameters parameters, ComponentContext context, ControlContext control) {
        int horizon = parameters.getInt("horizon");
        boolean mean = parameters.getText("result").equals("mean");
        SequenceOptimizer optimizer = context.actionSpace() instanceof Discrete actions
                ? new CategoricalCrossEntropy(horizon, actions.n(), parameters.getInt("population"),
                        parameters.getDouble("elite-ratio"), parameters.getInt("iterations"),
                        parameters.getDouble("smoothing"), mean, context.random())
                : new CrossEntropyMethod(SequenceBounds.of(context.actionBox(id()), horizon),
                        parameters.getInt("population"), parameters.getDouble("elite-ratio"),
                        parameters.getInt("iterations"), parameters.getDouble("smoothing"), mean, context.random());
        return Controllers.create(parameters, context, control, optimizer);
    }
}
