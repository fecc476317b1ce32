package dyna.core.planning;

import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.Parameters;

/** Provides Dyna-Q's planner: one sampled update from each start ({@code seen-pairs} unless another is chosen). */
public final class RandomSamplePlannerProvider implements PlannerProvider {

    @Override
    public String id() {
        return "random-sample";
    }

    @Override
    public String description() {
        return "Dyna-Q planning: one sampled update from each start (by default a random seen pair)";
    }

    @Override
    public String searchControl() {
        return "seen-pairs";
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new UpdatePlanner(context, UpdatePlanner.Update.SAMPLE);
    }
}
