package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.env.Transition;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Model-predictive control: at each real step an optimiser searches for the action sequence
 * with the highest value through the agent's model ({@link ModelRollouts}) from the current
 * observation, the first action is taken, and the plan, shifted one step, is the next search's
 * warm start (mbrl-lib's {@code TrajectoryOptimizerAgent} with a replanning interval of 1). While
 * the model knows nothing of the current observation (an ensemble before its first training) it
 * acts uniformly at random, as PETS' first, random episode does.
 */
public final class ModelPredictiveController implements Controller {

    private final ControlContext control;
    private final ModelRollouts objective;
    private final SequenceOptimizer optimizer;
    private final boolean warmStart;
    private final RandomGenerator random;
    private final Box box;
    private final int actions;
    private final double[] middle;
    private final double[] plan;
    private final int width;
    private long decisions;
    private long randomDecisions;

    /**
     * @param control     the agent's model and values, and its counter of predictions
     * @param actionSpace the actions: a box, or discrete (then the optimiser searches indices)
     * @param objective   the rollouts that value a sequence
     * @param optimizer   the search over sequences
     * @param horizon     actions per sequence
     * @param warmStart   whether each search starts from the last plan, shifted (else from the middle of the bounds)
     * @param random      the controller's own stream, for actions while the model knows nothing
     */
    public ModelPredictiveController(ControlContext control, Space actionSpace, ModelRollouts objective,
            SequenceOptimizer optimizer, int horizon, boolean warmStart, RandomGenerator random) {
        this.control = control;
        this.objective = objective;
        this.optimizer = optimizer;
        this.warmStart = warmStart;
        this.random = random;
        this.box = actionSpace instanceof Box b ? b : null;
        this.actions = actionSpace instanceof Discrete d ? d.n() : 0;
        this.width = box != null ? box.dimensions() : 1;
        this.middle = new double[horizon * width];
        for (int t = 0; t < horizon; t++) {
            for (int i = 0; i < width; i++) {
                middle[t * width + i] = box != null ? 0.5 * (box.low(i) + box.high(i)) : 0;
            }
        }
        this.plan = middle.clone();
    }

    @Override
    public void act(Transition at) {
        objective.from(at);
        decisions++;
        if (!warmStart) {
            System.arraycopy(middle, 0, plan, 0, plan.length);
        }
        if (!objective.knowsStart(plan)) {
            randomDecisions++;
            actRandomly(at);
            return;
        }
        optimizer.optimize(objective, plan);
        control.countPredictions(objective.takePredictions());
        if (box != null) {
            double[] action = at.actionVector();
            for (int i = 0; i < width; i++) {
                action[i] = Math.min(Math.max(plan[i], box.low(i)), box.high(i));
            }
        } else {
            at.start(at.state(), (int) plan[0]);
        }
        System.arraycopy(plan, width, plan, 0, plan.length - width);
        System.arraycopy(middle, plan.length - width, plan, plan.length - width, width);
    }

    private void actRandomly(Transition at) {
        if (box != null) {
            double[] action = at.actionVector();
            for (int i = 0; i < width; i++) {
                action[i] = box.low(i) + (box.high(i) - box.low(i)) * random.nextDouble();
            }
        } else {
            at.start(at.state(), random.nextInt(actions));
        }
    }

    @Override
    public void episodeStarted() {
        System.arraycopy(middle, 0, plan, 0, plan.length);
        if (optimizer instanceof Mppi mppi) {
            mppi.reset();
        }
    }

    /** The decisions made so far, and how many of them were random because the model knew nothing. */
    @Override
    public Map<String, Double> diagnostics() {
        return Map.of("decisions", (double) decisions, "random-decisions", (double) randomDecisions);
    }
}
