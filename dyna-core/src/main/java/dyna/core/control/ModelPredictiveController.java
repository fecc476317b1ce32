package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.env.Transition;
import dyna.api.model.Model;
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
    private final int proposalCount;
    private final double[] proposals;
    private final Object rolloutState;
    private Transition proposal;
    private long decisions;
    private long randomDecisions;

    /**
     * @param control     the agent's model and values, and its counter of predictions
     * @param actionSpace the actions: a box, or discrete (then the optimiser searches indices)
     * @param objective   the rollouts that value a sequence
     * @param optimizer   the search over sequences
     * @param horizon     actions per sequence
     * @param warmStart   whether each search starts from the last plan, shifted (else from the middle of the bounds)
     * @param proposals   plans drawn from the agent's policy through the model each decision and
     *                    evaluated beside the optimiser's (TD-MPC's policy prior); 0 for none
     * @param random      the controller's own stream, for actions while the model knows nothing
     *                    and for the policy's proposals
     * @throws IllegalArgumentException for proposals without an agent's policy or without box actions
     */
    public ModelPredictiveController(ControlContext control, Space actionSpace, ModelRollouts objective,
            SequenceOptimizer optimizer, int horizon, boolean warmStart, int proposals, RandomGenerator random) {
        if (proposals > 0 && !(control.hasPolicy() && actionSpace instanceof Box)) {
            throw new IllegalArgumentException("plans from the agent's policy (policy-samples " + proposals
                    + ") need an agent with a learner from batches and box actions");
        }
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
        this.proposalCount = proposals;
        this.proposals = new double[proposals * horizon * width];
        this.rolloutState = proposals > 0 ? control.model().newRolloutState() : null;
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
        if (proposalCount > 0) {
            propose(at);
        }
        optimizer.optimize(objective, plan, proposals, proposalCount);
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

    /**
     * Draws each proposal by rolling the agent's policy through the model from the start of
     * {@code at}; past a pair the model does not know, the middle of the bounds.
     */
    private void propose(Transition at) {
        if (proposal == null) {
            proposal = new Transition(at.dimensions(), width, 1);
        }
        int horizon = middle.length / width;
        Model model = control.model();
        long predictions = 0;
        for (int k = 0; k < proposalCount; k++) {
            int offset = k * middle.length;
            System.arraycopy(middle, 0, proposals, offset, middle.length);
            proposal.startOf(at);
            model.startRollout(proposal, rolloutState);
            for (int t = 0; t < horizon; t++) {
                control.proposeAction(proposal, random);
                for (int i = 0; i < width; i++) {
                    proposals[offset + t * width + i] = Math.min(Math.max(proposal.actionVector()[i], box.low(i)),
                            box.high(i));
                }
                if (t + 1 == horizon || !model.knows(proposal)) {
                    break;
                }
                model.sample(proposal, rolloutState);
                predictions++;
                if (proposal.terminated()) {
                    break;
                }
                proposal.advance();
            }
        }
        control.countPredictions(predictions);
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
