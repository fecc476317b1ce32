package dyna.core.planning;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.model.Model;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;

/**
 * The planning loop all built-in planners share, n times (Sutton and Barto, section 8.2, step
 * (f) of the Dyna-Q box, with "where to start" left to the search control):
 * <pre>
 *   S, A ← next start from the search control (stop if there is none, or the model does not know it)
 *   sample update:   R, S' ← Model(S, A);  Q(S, A) ← Q(S, A) + α [R + γ max_a Q(S', a) − Q(S, A)]
 *   expected update: Q(S, A) ← Q(S, A) + α [Σ p(s', r | S, A) (r + γ max_a Q(s', a)) − Q(S, A)]
 *   tell the search control the update was made
 * </pre>
 * The planners differ in the kind of update and in their default search control.
 */
final class UpdatePlanner implements Planner {

    /** Which update each planning step makes. */
    enum Update {
        /** One sampled outcome. */
        SAMPLE,
        /** The expectation over all outcomes; the model offers distributions. */
        EXPECTED,
        /** Expected where the model offers distributions, sampled otherwise. */
        EXPECTED_IF_OFFERED
    }

    private final PlanningContext context;
    private final SearchControl control;
    private final Model model;
    private final boolean unknownsPossible;
    private final boolean expected;
    private final Transition start;

    UpdatePlanner(PlanningContext context, Update update) {
        this.context = context;
        this.control = context.searchControl();
        this.model = context.model();
        this.unknownsPossible = control.mayHandUnknownPairs();
        this.expected = update == Update.EXPECTED
                || update == Update.EXPECTED_IF_OFFERED && context.model() instanceof DistributionModel;
        this.start = context.newTransition();
    }

    @Override
    public void plan(int budget) {
        for (int i = 0; i < budget; i++) {
            if (!control.next(start) || unknownsPossible && !model.knows(start)) {
                return;
            }
            double error = expected ? context.expectedUpdate(start) : context.update(context.simulate(start));
            control.updated(start, error);
        }
    }
}
