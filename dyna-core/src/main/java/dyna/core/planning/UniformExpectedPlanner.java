package dyna.core.planning;

import dyna.api.model.Model;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;

/**
 * Uniform distribution of updates (Sutton and Barto, section 8.6): expected updates of every
 * known state-action pair in turn, sweeping them in order and carrying on where the last
 * budget stopped.
 */
final class UniformExpectedPlanner implements Planner {

    private final PlanningContext context;
    private final Model model;
    private int stateIndex;
    private int actionIndex;

    UniformExpectedPlanner(PlanningContext context) {
        this.context = context;
        this.model = context.model();
    }

    @Override
    public void plan(int lastState, int lastAction, int budget) {
        for (int i = 0; i < budget; i++) {
            if (model.observedStateCount() == 0) {
                return;
            }
            if (stateIndex >= model.observedStateCount()) {
                stateIndex = 0;
                actionIndex = 0;
            }
            int s = model.observedState(stateIndex);
            context.expectedUpdate(s, model.observedAction(s, actionIndex));
            if (++actionIndex >= model.observedActionCount(s)) {
                actionIndex = 0;
                stateIndex++;
            }
        }
    }
}
