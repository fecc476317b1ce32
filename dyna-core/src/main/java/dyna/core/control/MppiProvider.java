package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.control.ControllerProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/**
 * Provides {@code mppi}: model-predictive path integral control ({@link Mppi}) over box actions,
 * with mbrl-lib's defaults (population 350, 5 iterations, γ 0.9, σ 1, β 0.9) and one particle.
 */
public final class MppiProvider implements ControllerProvider {

    private static final List<ParameterSpec> PARAMETERS = Controllers.with(Controllers.shared(15, 350, 1),
            ParameterSpec.integer("iterations", 5, 1, 1_000, "refinements of the mean per decision"),
            ParameterSpec.real("temperature", 0.9, 1e-9, 1e9, "how sharply plans are weighted by value, "
                    + "exp(temperature (value - best)) (mbrl-lib's gamma)"),
            ParameterSpec.real("sigma", 1.0, 1e-9, 1e9, "the noise's standard deviation, before it is kept inside "
                    + "the actions' bounds"),
            ParameterSpec.real("beta", 0.9, 1e-9, 1, "the noise's smoothing through time (1: none)"));

    @Override
    public String id() {
        return "mppi";
    }

    @Override
    public String description() {
        return "Model-predictive path integral control through the agent's model (PDDM, mbrl-lib); box actions";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Controller create(Parameters parameters, ComponentContext context, ControlContext control) {
        int horizon = parameters.getInt("horizon");
        Mppi mppi = new Mppi(SequenceBounds.of(context.actionBox(id()), horizon), parameters.getInt("population"),
                parameters.getInt("iterations"), parameters.getDouble("temperature"), parameters.getDouble("sigma"),
                parameters.getDouble("beta"), context.random());
        return Controllers.create(parameters, context, control, mppi);
    }
}
