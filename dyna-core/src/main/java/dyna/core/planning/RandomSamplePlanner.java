package dyna.core.planning;

import dyna.api.env.Step;
import dyna.api.model.Model;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import java.util.random.RandomGenerator;

/**
 * Step (f) of the Dyna-Q box (Sutton and Barto, section 8.2), repeated n times:
 * <pre>
 *   S ← random previously observed state
 *   A ← random action previously taken in S
 *   R, S' ← Model(S, A)
 *   Q(S, A) ← Q(S, A) + α [R + γ max_a Q(S', a) − Q(S, A)]
 * </pre>
 */
final class RandomSamplePlanner implements Planner {

    private final PlanningContext context;
    private final Model model;
    private final RandomGenerator random;

    RandomSamplePlanner(PlanningContext context) {
        this.context = context;
        this.model = context.model();
        this.random = context.random();
    }

    @Override
    public void plan(int lastState, int lastAction, int budget) {
        if (model.observedStateCount() == 0) {
            return;
        }
        for (int i = 0; i < budget; i++) {
            int s = model.observedState(random.nextInt(model.observedStateCount()));
            int a = model.observedAction(s, random.nextInt(model.observedActionCount(s)));
            Step simulated = context.simulate(s, a);
            context.update(s, a, simulated);
        }
    }
}
