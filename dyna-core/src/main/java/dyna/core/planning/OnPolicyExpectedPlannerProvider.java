package dyna.core.planning;

import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/**
 * Provides trajectory sampling: expected updates along model trajectories of the agent's
 * policy ({@code on-policy-trajectories} unless another search control is chosen); needs
 * distributions.
 */
public final class OnPolicyExpectedPlannerProvider implements PlannerProvider {

    @Override
    public String id() {
        return "on-policy-expected";
    }

    @Override
    public String description() {
        return "Trajectory sampling: expected updates along model trajectories of the agent's policy";
    }

    @Override
    public Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES, ModelCapability.DISTRIBUTION);
    }

    @Override
    public String searchControl() {
        return "on-policy-trajectories";
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new UpdatePlanner(context, UpdatePlanner.Update.EXPECTED);
    }
}
