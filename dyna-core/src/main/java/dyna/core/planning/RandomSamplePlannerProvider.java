package dyna.core.planning;

import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.Parameters;

/** Provides Dyna-Q's planner: uniformly random previously observed state-action pairs. */
public final class RandomSamplePlannerProvider implements PlannerProvider {

    @Override
    public String id() {
        return "random-sample";
    }

    @Override
    public String description() {
        return "Dyna-Q planning: a random seen state, a random action taken in it, one update each";
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new RandomSamplePlanner(context);
    }
}
