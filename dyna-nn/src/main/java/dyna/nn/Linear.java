package dyna.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An affine layer {@code x W + b}, for one network or for each member of an ensemble at once
 * ({@code members} sets of weights, one batched product): weights {@code [members, in, out]}
 * drawn as PyTorch's default does (uniform in +-1/sqrt(in)), biases {@code [members, 1, out]}.
 */
public final class Linear {

    private final Tensor weights;
    private final Tensor bias;

    /** A layer from {@code in} to {@code out} features for {@code members} networks, initialised from {@code random}. */
    public Linear(int members, int in, int out, RandomGenerator random) {
        double bound = 1 / Math.sqrt(in);
        this.weights = uniform(members, in, out, bound, random).requireGrad();
        this.bias = uniform(members, 1, out, bound, random).requireGrad();
    }

    private static Tensor uniform(int members, int rows, int cols, double bound, RandomGenerator random) {
        Tensor t = Tensor.zeros(members, rows, cols);
        double[] values = t.data();
        for (int i = 0; i < values.length; i++) {
            values[i] = bound * (2 * random.nextDouble() - 1);
        }
        return t;
    }

    /** {@code x W + b}: {@code [members or 1, batch, in] -> [members, batch, out]}. */
    public Tensor forward(Tape tape, Tensor x) {
        return tape.add(tape.matmul(x, weights), bias);
    }

    /** The weights, {@code [members, in, out]}. */
    public Tensor weights() {
        return weights;
    }

    /** The biases, {@code [members, 1, out]}. */
    public Tensor bias() {
        return bias;
    }

    /** The parameters, weights first. */
    public List<Tensor> parameters() {
        return List.of(weights, bias);
    }
}
