package dyna.core.planning;

import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.util.List;

/** Provides {@code branched-rollouts}: MBPO's short model rollouts from recent real states ({@code recent-states} unless another is chosen). */
public final class BranchedRolloutsProvider implements PlannerProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("horizon", 1, 0, 10_000,
                    "steps per rollout, unless horizon-from and horizon-to give a schedule; 0 plans nothing"),
            ParameterSpec.integer("horizon-from", -1, -1, 10_000,
                    "with horizon-to: the horizon at the first real step of MBPO's linear schedule (-1: none)"),
            ParameterSpec.integer("horizon-to", -1, -1, 10_000,
                    "with horizon-from: the horizon reached after horizon-steps real steps (-1: none)"),
            ParameterSpec.integer("horizon-steps", 10_000, 1, Integer.MAX_VALUE,
                    "the real steps over which the horizon moves from horizon-from to horizon-to"),
            ParameterSpec.integer("starts", 0, 0, 1_000_000,
                    "the most rollouts per real step; 0 for as many as planning-steps updates allow"),
            ParameterSpec.real("max-uncertainty", 0, 0, Double.POSITIVE_INFINITY,
                    "stop a rollout where the model's uncertainty exceeds this (needs a model with uncertainty); 0 for never"));

    @Override
    public String id() {
        return "branched-rollouts";
    }

    @Override
    public String description() {
        return "MBPO: rollouts of 'horizon' model steps under the agent's policy from real states (by default "
                + "recent ones), the agent's update on each simulated step; planning-steps counts updates";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public String searchControl() {
        return "recent-states";
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new BranchedRollouts(context, schedule(parameters), parameters.getInt("starts"),
                parameters.getDouble("max-uncertainty"));
    }

    private static HorizonSchedule schedule(Parameters parameters) {
        int from = parameters.getInt("horizon-from");
        int to = parameters.getInt("horizon-to");
        if (from < 0 && to < 0) {
            return HorizonSchedule.fixed(parameters.getInt("horizon"));
        }
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("branched-rollouts needs both horizon-from and horizon-to for a "
                    + "schedule, or neither (then horizon is fixed); got horizon-from " + from + ", horizon-to " + to);
        }
        return new HorizonSchedule(from, to, parameters.getInt("horizon-steps"));
    }
}
