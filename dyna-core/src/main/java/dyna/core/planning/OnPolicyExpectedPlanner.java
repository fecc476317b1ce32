package dyna.core.planning;

import dyna.api.env.Step;
import dyna.api.learning.QTable;
import dyna.api.model.DistributionModel;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import java.util.random.RandomGenerator;

/**
 * Trajectory sampling (Sutton and Barto, section 8.6): expected updates along trajectories
 * simulated with the model under the ε-greedy policy of the current values. A trajectory starts
 * in the state the planner is given (the real step's state; for pure planning, the start
 * state), carries on across budgets, and ends at a terminal outcome or at a pair the model does
 * not know; the next one starts again from the given state.
 */
final class OnPolicyExpectedPlanner implements Planner {

    private final PlanningContext context;
    private final DistributionModel model;
    private final QTable values;
    private final RandomGenerator random;
    private final double epsilon;
    private boolean inTrajectory;
    private int current;

    OnPolicyExpectedPlanner(PlanningContext context, double epsilon) {
        this.context = context;
        this.model = (DistributionModel) context.model();
        this.values = context.values();
        this.random = context.random();
        this.epsilon = epsilon;
    }

    @Override
    public void plan(int state, int lastAction, int budget) {
        for (int i = 0; i < budget; i++) {
            if (!inTrajectory) {
                current = state;
                inTrajectory = true;
            }
            int a = epsilonGreedy(current);
            if (model.outcomeCount(current, a) == 0) {
                inTrajectory = false;
                if (current == state) {
                    return;
                }
                continue;
            }
            context.expectedUpdate(current, a);
            Step next = context.simulate(current, a);
            if (next.terminated()) {
                inTrajectory = false;
            } else {
                current = next.state();
            }
        }
    }

    private int epsilonGreedy(int s) {
        int n = values.actions();
        if (random.nextDouble() < epsilon) {
            return random.nextInt(n);
        }
        double best = values.max(s);
        int ties = 0;
        for (int a = 0; a < n; a++) {
            ties += values.get(s, a) == best ? 1 : 0;
        }
        int pick = ties == 1 ? 0 : random.nextInt(ties);
        for (int a = 0; a < n; a++) {
            if (values.get(s, a) == best && pick-- == 0) {
                return a;
            }
        }
        throw new IllegalStateException("no greedy action");
    }
}
