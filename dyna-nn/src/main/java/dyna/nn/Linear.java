package dyna.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An affine layer {@code x W + b}, for one network or for each member of an ensemble at once
 * ({@code members} sets of weights, one batched product): weights {@code [members, in, out]}
 * and biases {@code [members, 1, out]}, drawn as PyTorch's default does (uniform in
 * ±1/√in) unless another {@link Initialization} is asked for.
 */
public final class Linear {

    private final Tensor weights;
    private final Tensor bias;

    /** A layer from {@code in} to {@code out} features for {@code members} networks, initialised from {@code random}. */
    public Linear(int members, int in, int out, RandomGenerator random) {
        this(members, in, out, Initialization.UNIFORM, random);
    }

    /** A layer from {@code in} to {@code out} features for {@code members} networks, drawn as {@code initialization} says. */
    public Linear(int members, int in, int out, Initialization initialization, RandomGenerator random) {
        this.weights = Tensor.zeros(members, in, out);
        this.bias = Tensor.zeros(members, 1, out);
        initialization.fill(weights, bias, random);
        weights.requireGrad();
        bias.requireGrad();
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
