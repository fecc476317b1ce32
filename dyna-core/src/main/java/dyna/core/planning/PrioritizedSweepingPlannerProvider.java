package dyna.core.planning;

import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.provider.Parameters;

/**
 * Provides prioritized sweeping: expected updates where the model offers distributions (the
 * stochastic variant the book describes in words), sampled ones otherwise, from the
 * {@code priority-queue} search control unless another is chosen.
 */
public final class PrioritizedSweepingPlannerProvider implements PlannerProvider {

    @Override
    public String id() {
        return "prioritized-sweeping";
    }

    @Override
    public String description() {
        return "Prioritized sweeping: updates from the priority queue (by |error|, then predecessors); expected if it can";
    }

    @Override
    public String searchControl() {
        return "priority-queue";
    }

    @Override
    public Planner create(Parameters parameters, PlanningContext context) {
        return new UpdatePlanner(context, UpdatePlanner.Update.EXPECTED_IF_OFFERED);
    }
}
