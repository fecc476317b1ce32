package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.List;

/** The parameters every built-in controller declares, and how a controller is put together from them. */
final class Controllers {

    private Controllers() {
    }

    /** The parameters shared by every built-in controller, with the given defaults. */
    static List<ParameterSpec> shared(int horizon, int population, int particles) {
        return List.of(
                ParameterSpec.integer("horizon", horizon, 1, 1_000, "actions per plan"),
                ParameterSpec.integer("population", population, 1, 1_000_000, "plans evaluated per iteration"),
                ParameterSpec.integer("particles", particles, 1, 10_000,
                        "rollouts per plan through the model, averaged (PETS' particles; TS-inf where the model "
                                + "keeps a member per rollout)"),
                ParameterSpec.choice("terminal-value", "none", List.of("none", "values"),
                        "add the agent's value of the plan's last state, gamma^H V (TD-MPC), or not"),
                ParameterSpec.choice("warm-start", "shift", List.of("shift", "none"),
                        "start each search from the last plan shifted one step, or from the middle of the actions"),
                ParameterSpec.integer("policy-samples", 0, 0, 100_000,
                        "plans drawn from the agent's policy through the model, evaluated beside the optimiser's "
                                + "each iteration (TD-MPC's policy prior; needs a learner and box actions)"));
    }

    /** The shared parameters followed by a controller's own. */
    static List<ParameterSpec> with(List<ParameterSpec> shared, ParameterSpec... own) {
        List<ParameterSpec> all = new java.util.ArrayList<>(shared);
        all.addAll(List.of(own));
        return List.copyOf(all);
    }

    /** A model-predictive controller over the agent's model with {@code optimizer}. */
    static Controller create(Parameters parameters, ComponentContext context, ControlContext control,
            SequenceOptimizer optimizer) {
        int horizon = parameters.getInt("horizon");
        ModelRollouts objective = new ModelRollouts(control, context.observations(), context.actionSpace(), horizon,
                parameters.getInt("particles"), parameters.getText("terminal-value").equals("values"), true);
        return new ModelPredictiveController(control, context.actionSpace(), objective, optimizer, horizon,
                parameters.getText("warm-start").equals("shift"), parameters.getInt("policy-samples"), context.random());
    }

    /** Whether the actions are discrete (the controller then searches sequences of indices). */
    static boolean discrete(ComponentContext context) {
        return context.actionSpace() instanceof Discrete;
    }
}
