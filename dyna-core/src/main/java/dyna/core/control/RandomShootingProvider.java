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
 * Provides {@code random-shooting}: the best of a population of uniformly drawn plans (Nagabandi
 * et al. 2018), box or discrete actions; its default population, 1,750, is as many plans as
 * {@code cem} evaluates at its defaults (350 × 5), the baseline an optimiser must beat.
 */
public final class RandomShootingProvider implements ControllerProvider {

    private static final List<ParameterSpec> PARAMETERS = Controllers.shared(15, 1750, 1);

    @Override
    public String id() {
        return "random-shooting";
    }

    @Override
    public String description() {
        return "Model-predictive control by the best of uniformly drawn plans through the agent's model; "
                + "box or discrete actions";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Controller create(Parameters parameters, ComponentContext context, ControlContext control) {
        int horizon = parameters.getInt("horizon");
        int population = parameters.getInt("population");
        SequenceOptimizer optimizer = context.actionSpace() instanceof Discrete actions
                ? RandomShooting.overIndices(horizon, actions.n(), population, context.random())
                : new RandomShooting(SequenceBounds.of(context.actionBox(id()), horizon), population, context.random());
        return Controllers.create(parameters, context, control, optimizer);
    }
}
