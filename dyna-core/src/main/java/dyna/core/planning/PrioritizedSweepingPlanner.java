package dyna.core.planning;

import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;

/**
 * Prioritized sweeping (Sutton and Barto, section 8.4, after Moore and Atkeson), the book's
 * box after each real step (S, A):
 * <pre>
 *   P ← |R + γ max_a Q(S', a) − Q(S, A)|;  if P > θ, insert S, A into PQueue with priority P
 *   loop n times, while PQueue is not empty:
 *       S, A ← first(PQueue)
 *       R, S' ← Model(S, A);  Q(S, A) ← Q(S, A) + α [R + γ max_a Q(S', a) − Q(S, A)]
 *       loop for all S̄, Ā predicted to lead to S:
 *           R̄ ← predicted reward for S̄, Ā, S;  P ← |R̄ + γ max_a Q(S, a) − Q(S̄, Ā)|
 *           if P > θ, insert S̄, Ā into PQueue with priority P
 * </pre>
 * A pair already queued keeps the larger of its priorities; equal priorities are served first
 * in, first out. With a model that offers distributions, every update and every priority is an
 * expected one over all the pair's outcomes (the stochastic variant the book describes in
 * words); otherwise they use one sampled outcome. The agent has already made the direct update
 * of the real step through the same rule, which plays the part of the box's first update: so
 * (S, A) is queued with the error left after it, and the predecessors of S are considered at
 * once, as they would be after that update.
 */
final class PrioritizedSweepingPlanner implements Planner {

    private final PlanningContext context;
    private final PredecessorModel model;
    private final boolean expected;
    private final int actions;
    private final double theta;
    private final PairPriorityQueue queue;

    PrioritizedSweepingPlanner(PlanningContext context, double theta) {
        this.context = context;
        this.model = (PredecessorModel) context.model();
        this.expected = context.model() instanceof DistributionModel;
        this.actions = context.values().actions();
        this.theta = theta;
        this.queue = new PairPriorityQueue(context.values().states() * actions);
    }

    @Override
    public void plan(int state, int action, int budget) {
        consider(state, action);
        considerPredecessors(state);
        for (int i = 0; i < budget && !queue.isEmpty(); i++) {
            int pair = queue.poll();
            int s = pair / actions;
            int a = pair % actions;
            if (expected) {
                context.expectedUpdate(s, a);
            } else {
                context.update(s, a, context.simulate(s, a));
            }
            considerPredecessors(s);
        }
    }

    private void considerPredecessors(int s) {
        for (int k = 0; k < model.predecessorCount(s); k++) {
            consider(model.predecessorState(s, k), model.predecessorAction(s, k));
        }
    }

    private void consider(int s, int a) {
        double error = expected ? context.expectedError(s, a) : context.error(s, a, context.simulate(s, a));
        double priority = Math.abs(error);
        if (priority > theta) {
            queue.offer(s * actions + a, priority);
        }
    }
}
