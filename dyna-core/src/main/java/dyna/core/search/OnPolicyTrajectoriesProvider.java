package dyna.core.search;

import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/** Provides trajectory sampling's search control, {@code on-policy-trajectories}. */
public final class OnPolicyTrajectoriesProvider implements SearchControlProvider {

    @Override
    public String id() {
        return "on-policy-trajectories";
    }

    @Override
    public String description() {
        return "Trajectory sampling: along model trajectories of the agent's policy from the latest real state";
    }

    @Override
    public SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning) {
        context.stateCount(id());
        return new OnPolicyTrajectories(planning);
    }
}
