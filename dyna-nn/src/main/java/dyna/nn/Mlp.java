package dyna.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron: linear layers of the given sizes with an activation between them
 * (none after the last), for one network or an ensemble of {@code members} evaluated as one
 * batched product per layer.
 */
public final class Mlp {

    private final List<Linear> layers = new ArrayList<>();
    private final Activation activation;

    /**
     * A network through {@code sizes} ({@code [in, hidden..., out]}, at least two).
     *
     * @param members    networks in the ensemble (1 for one network)
     * @param activation between layers
     */
    public Mlp(int members, int[] sizes, Activation activation, RandomGenerator random) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs at least an input and an output size, not "
                    + java.util.Arrays.toString(sizes));
        }
        for (int i = 0; i + 1 < sizes.length; i++) {
            layers.add(new Linear(members, sizes[i], sizes[i + 1], random));
        }
        this.activation = activation;
    }

    /** The output for {@code x}: {@code [members or 1, batch, in] -> [members, batch, out]}. */
    public Tensor forward(Tape tape, Tensor x) {
        Tensor h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(tape, h);
            if (i + 1 < layers.size()) {
                h = activation.apply(tape, h);
            }
        }
        return h;
    }

    /** Every parameter, layer by layer. */
    public List<Tensor> parameters() {
        List<Tensor> parameters = new ArrayList<>();
        layers.forEach(layer -> parameters.addAll(layer.parameters()));
        return parameters;
    }

    /** The layers, first to last. */
    public List<Linear> layers() {
        return List.copyOf(layers);
    }
}
