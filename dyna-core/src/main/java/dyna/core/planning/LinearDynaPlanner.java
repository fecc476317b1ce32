package dyna.core.planning;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;

/**
 * Linear Dyna's planning loop (Sutton, Szepesvári, Geramifard and Bowling 2008), n times:
 * <pre>
 *   x, a ← next start from the search control (a feature vector; stop if there is none)
 *   r̄ ← b^a · x,  x̄' ← F^a x                       (the expectation model)
 *   the agent's update rule on (x, a, r̄, x̄'):       for Q-learning on linear values,
 *       w_a ← w_a + α [r̄ + γ max_a' w_a' · x̄' − w_a · x] x
 *   tell the search control the update was made
 * </pre>
 * With one action (policy evaluation) the update is the paper's θ ← θ + α (b·x + γ θᵀF x −
 * θᵀx) x; for control it is the paper's max over actions, carried by action values.
 */
final class LinearDynaPlanner implements Planner {

    private final PlanningContext context;
    private final SearchControl control;
    private final Model model;
    private final boolean unknownsPossible;
    private final Transition start;

    LinearDynaPlanner(PlanningContext context) {
        this.context = context;
        this.control = context.searchControl();
        this.model = context.model();
        this.unknownsPossible = control.mayHandUnknownPairs();
        this.start = context.newTransition();
    }

    @Override
    public void plan(int budget) {
        for (int i = 0; i < budget; i++) {
            if (!control.next(start) || unknownsPossible && !model.knows(start)) {
                return;
            }
            double error = context.updateOnFeatures(context.expect(start));
            control.updated(start, error);
        }
    }
}
