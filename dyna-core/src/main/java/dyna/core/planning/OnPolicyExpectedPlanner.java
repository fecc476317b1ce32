package dyna.core.planning;

import dyna.api.env.Step;
import dyna.api.learning.QTable;
import dyna.api.model.DistributionModel;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.core.learning.EpsilonGreedy;


/**
 * Trajectory sampling (Sutton and Barto, section 8.6): expected updates along trajectories
 * simulated with the model under the ε-greedy policy of the current values (the same
 * {@link EpsilonGreedy} as the behaviour policy, with the planner's own random stream). A trajectory starts
 * in the state the planner is given (the real step's state; for pure planning, the start
 * state), carries on across budgets, and ends at a terminal outcome or at a pair the model does
 * not know; the next one starts again from the given state.
 */
final class OnPolicyExpectedPlanner implements Planner {

    private final PlanningContext context;
    private final DistributionModel model;
    private final QTable values;
    private final EpsilonGreedy policy;
    private final double[] row;
    private boolean inTrajectory;
    private int current;

    OnPolicyExpectedPlanner(PlanningContext context, double epsilon) {
        this.context = context;
        this.model = (DistributionModel) context.model();
        this.values = context.values();
        this.policy = new EpsilonGreedy(epsilon, context.random());
        this.row = new double[values.actions()];
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
        values.copyRow(s, row);
        return policy.select(row);
    }
}
