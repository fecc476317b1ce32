package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** A control context over a model, with a given discount and, optionally, values of observations. */
final class TestControl implements ControlContext {

    private final Model model;
    private final double discount;
    private final ToDoubleFunction<double[]> value;
    private double[] policyAction;
    long predictions;

    TestControl(Model model, double discount, ToDoubleFunction<double[]> value) {
        this.model = model;
        this.discount = discount;
        this.value = value;
    }

    TestControl(Model model, double discount) {
        this(model, discount, null);
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
        return value != null;
    }

    @Override
    public double value(Transition at) {
        return value.applyAsDouble(at.observation());
    }

    /** This context with a policy that always proposes {@code action}. */
    TestControl withPolicy(double... action) {
        policyAction = action;
        return this;
    }

    @Override
    public boolean hasPolicy() {
        return policyAction != null;
    }

    @Override
    public void proposeAction(Transition at, RandomGenerator random) {
        System.arraycopy(policyAction, 0, at.actionVector(), 0, policyAction.length);
    }

    @Override
    public void countPredictions(long count) {
        predictions += count;
    }
}
