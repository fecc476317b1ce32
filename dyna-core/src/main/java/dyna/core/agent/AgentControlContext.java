package dyna.core.agent;

import dyna.api.control.ControlContext;
import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.learning.Learner;
import dyna.api.model.Model;
import dyna.api.provider.ComponentKind;
import java.util.random.RandomGenerator;

/**
 * What the agent gives its controller: its model and discount, and its values and policy where it
 * has them: action values (the value of an observation is the largest of its action values), a
 * learner from batches (its value estimate and its policy), or neither for an agent that only plans.
 */
final class AgentControlContext implements ControlContext {

    private final Model model;
    private final double discount;
    private final ActionValues values;
    private final Features features;
    private final FeatureVector encoded;
    private final double[] actionValues;
    private final Learner learner;
    private final String learnerId;
    private long predictions;

    private AgentControlContext(Model model, double discount, ActionValues values, Features features, int actions,
            Learner learner, String learnerId) {
        this.model = model;
        this.discount = discount;
        this.values = values;
        this.features = features;
        this.encoded = features == null ? null : new FeatureVector(features.maxActive());
        this.actionValues = new double[actions];
        this.learner = learner;
        this.learnerId = learnerId;
    }

    /** The context of an agent that learns action values over {@code features}. */
    static AgentControlContext ofValues(Model model, double discount, ActionValues values, Features features,
            int actions) {
        return new AgentControlContext(model, discount, values, features, actions, null, null);
    }

    /** The context of an agent that learns with {@code learner}. */
    static AgentControlContext ofLearner(Model model, Learner learner, String learnerId) {
        return new AgentControlContext(model, learner.discount(), null, null, 0, learner, learnerId);
    }

    /** The context of an agent that only plans: no values, no policy, the plan's rewards summed. */
    static AgentControlContext planningOnly(Model model) {
        return new AgentControlContext(model, 1.0, null, null, 0, null, null);
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public double discount() {
        return discount;
    }

    @Override
    public boolean hasValues() {
        return values != null || learner != null;
    }

    @Override
    public double value(Transition at) {
        if (values != null) {
            features.encode(at.state(), at.observation(), encoded);
            values.values(encoded, actionValues);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : actionValues) {
                max = Math.max(max, v);
            }
            return max;
        }
        if (learner == null) {
            throw new UnsupportedOperationException("an agent that only plans has no values");
        }
        double value = learner.value(at);
        if (Double.isNaN(value)) {
            throw new ComponentFailure(ComponentKind.LEARNER, "learner " + learnerId + " gives no value estimate "
                    + "(NaN) for the controller's terminal value; plan without one");
        }
        return value;
    }

    @Override
    public boolean hasPolicy() {
        return learner != null;
    }

    @Override
    public void proposeAction(Transition at, RandomGenerator random) {
        if (learner == null) {
            throw new UnsupportedOperationException("only an agent with a learner from batches has a policy to propose");
        }
        learner.actInPlanning(at, random);
    }

    @Override
    public void countPredictions(long count) {
        predictions += count;
    }

    /** The predictions the controller counted. */
    long predictions() {
        return predictions;
    }
}
