package dyna.nn;

import java.util.List;

/** Plain stochastic gradient descent: {@code w -= learningRate * gradient}, then the gradients are zero. */
public final class Sgd {

    private final List<Tensor> parameters;
    private final double learningRate;

    /** SGD over {@code parameters} with step size {@code learningRate}. */
    public Sgd(List<Tensor> parameters, double learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("SGD needs a learning rate above 0, not " + learningRate);
        }
        this.parameters = List.copyOf(parameters);
        this.learningRate = learningRate;
    }

    /** One step of every parameter down its gradient; the gradients are then zero. */
    public void step() {
        for (Tensor parameter : parameters) {
            double[] w = parameter.data();
            double[] g = parameter.grad();
            for (int i = 0; i < w.length; i++) {
                w[i] -= learningRate * g[i];
                g[i] = 0;
            }
        }
    }
}
