package dyna.core.planning;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.model.UncertaintyModel;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.provider.ComponentKind;
import dyna.core.agent.ComponentFailure;

/**
 * MBPO's planning (Janner et al. 2019, "When to trust your model"): short rollouts of the model
 * branched from real states, under the agent's own behaviour policy, each simulated transition
 * going through the agent's update rule (or, for an agent with a {@link dyna.api.learning.Learner},
 * into the learner: MBPO's model data for SAC). After each real step:
 * <pre>
 *   k ← horizon(real steps so far)            (fixed, or MBPO's linear schedule)
 *   repeat until the budget of updates is spent (or {@code starts} rollouts are made):
 *     S ← a start from the search control (recent real observations)
 *     k times, or until termination, a pair the model does not know, or too much uncertainty:
 *       A ← policy(S);  R, S' ← Model(S, A, rollout state);  update Q(S, A);  S ← S'
 * </pre>
 * A rollout that cannot make its first update (the model does not know the start yet, or is
 * too unsure of it) ends planning for this step.
 * With horizon 0 it makes no update at all: the agent is the model-free learner.
 */
final class BranchedRollouts implements Planner {

    private final PlanningContext context;
    private final SearchControl control;
    private final Model model;
    private final UncertaintyModel uncertain;
    private final HorizonSchedule horizon;
    private final int starts;
    private final double maxUncertainty;
    private final Transition step;
    private final Object rolloutState;
    private long realSteps;

    /**
     * @param starts         the most rollouts per real step; 0 for as many as the budget allows
     * @param maxUncertainty the model uncertainty at which a rollout stops; 0 for none (needs an
     *                       {@link UncertaintyModel} otherwise)
     */
    BranchedRollouts(PlanningContext context, HorizonSchedule horizon, int starts, double maxUncertainty) {
        this.context = context;
        this.control = context.searchControl();
        this.model = context.model();
        this.uncertain = model instanceof UncertaintyModel u ? u : null;
        if (maxUncertainty > 0 && uncertain == null) {
            throw new IllegalArgumentException("branched-rollouts' max-uncertainty needs a model that offers "
                    + "uncertainty (neural-ensemble does); leave it at 0 for this model");
        }
        this.horizon = horizon;
        this.starts = starts;
        this.maxUncertainty = maxUncertainty;
        this.step = context.newTransition();
        this.rolloutState = model.newRolloutState();
    }

    /** Whether the model is too unsure of the start of {@code step} to go on; a NaN uncertainty is the model's fault. */
    private boolean tooUnsure(Transition step) {
        double uncertainty = uncertain.uncertainty(step);
        if (!(uncertainty >= 0)) {
            throw new ComponentFailure(ComponentKind.MODEL, "its uncertainty of observation "
                    + java.util.Arrays.toString(step.observation()) + ", action " + step.action() + " is "
                    + uncertainty + " (valid: a number of at least 0)");
        }
        return uncertainty > maxUncertainty;
    }

    @Override
    public void plan(int budget) {
        int k = horizon.at(realSteps++);
        if (k == 0) {
            return;
        }
        int updates = 0;
        for (int rollout = 0; updates < budget && (starts == 0 || rollout < starts); rollout++) {
            if (!control.next(step)) {
                return;
            }
            model.startRollout(step, rolloutState);
            int before = updates;
            for (int h = 0; h < k && updates < budget; h++) {
                context.chooseAction(step);
                if (!model.knows(step) || maxUncertainty > 0 && tooUnsure(step)) {
                    break;
                }
                context.simulate(step, rolloutState);
                double error = context.update(step);
                updates++;
                control.updated(step, error);
                if (step.terminated()) {
                    break;
                }
                step.start(step.nextObservation(), 0);
            }
            if (updates == before) {
                return;
            }
        }
    }
}
