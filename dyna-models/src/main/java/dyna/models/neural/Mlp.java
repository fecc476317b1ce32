package dyna.models.neural;

import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron of dense layers: the hidden layers apply an {@link Activation}, the
 * last is linear. Its weights and biases are a slice of a flat parameter array that the caller
 * owns (so that one optimiser step covers them and whatever else the caller keeps there), with
 * the gradient in a parallel array. Buffers for one sample and for a batch of up to {@code
 * maxBatch} are made once: predicting and training allocate nothing.
 *
 * <p>Weights of each layer are row-major, [output][input], so that both passes read them
 * contiguously. A single prediction reads a transposed copy, [input][output], refreshed after
 * {@link #changed}: its inner loop then runs over independent outputs, which the JIT
 * vectorises, and each output's sum still adds the same products in the same order, so the
 * result is bit for bit that of the batch pass.
 */
final class Mlp {

    private final int[] sizes;
    private final Activation activation;
    private final double[] params;
    private final double[] grads;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;
    /** Pre-activations and activations of each layer for a batch; [0] holds the inputs. */
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    private final double[][] single;
    private final double[] transposed;
    private boolean stale = true;

    /**
     * @param sizes      the widths of the layers, inputs first, outputs last
     * @param params     the parameter array; this network uses indices {@code 0 .. parameterCount(sizes))}
     * @param grads      the gradient array, of the same length
     * @param maxBatch   the largest batch {@link #forward} takes
     */
    Mlp(int[] sizes, Activation activation, double[] params, double[] grads, int maxBatch) {
        this.sizes = sizes.clone();
        this.activation = activation;
        this.params = params;
        this.grads = grads;
        int layers = sizes.length - 1;
        this.weightOffsets = new int[layers];
        this.biasOffsets = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = offset;
            offset += sizes[l] * sizes[l + 1];
            biasOffsets[l] = offset;
            offset += sizes[l + 1];
        }
        this.parameterCount = offset;
        if (params.length < offset || grads.length < offset) {
            throw new IllegalArgumentException("a network of " + offset + " parameters in an array of " + params.length);
        }
        this.z = new double[sizes.length][];
        this.a = new double[sizes.length][];
        this.delta = new double[sizes.length][];
        this.single = new double[sizes.length][];
        this.transposed = new double[offset];
        for (int l = 0; l < sizes.length; l++) {
            z[l] = new double[maxBatch * sizes[l]];
            a[l] = new double[maxBatch * sizes[l]];
            delta[l] = new double[maxBatch * sizes[l]];
            single[l] = new double[sizes[l]];
        }
    }

    /** The number of weights and biases of a network with these layer widths. */
    static int parameterCount(int[] sizes) {
        int count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            count += sizes[l] * sizes[l + 1] + sizes[l + 1];
        }
        return count;
    }

    /**
     * Draws the weights from a normal distribution truncated at two standard deviations, with
     * standard deviation 1 / (2 √inputs) (mbrl-lib's initialisation); biases 0.
     */
    void initialize(RandomGenerator random) {
        stale = true;
        for (int l = 0; l + 1 < sizes.length; l++) {
            double std = 1 / (2 * Math.sqrt(sizes[l]));
            for (int i = weightOffsets[l]; i < biasOffsets[l]; i++) {
                double g;
                do {
                    g = random.nextGaussian();
                } while (Math.abs(g) > 2);
                params[i] = g * std;
            }
            for (int i = biasOffsets[l]; i < biasOffsets[l] + sizes[l + 1]; i++) {
                params[i] = 0;
            }
        }
    }

    /**
     * The outputs for one input, written into {@code output}; allocates nothing.
     *
     * @param input  input-layer-width values
     * @param output room for output-layer-width values
     */
    void predict(double[] input, double[] output) {
        if (stale) {
            transpose();
        }
        System.arraycopy(input, 0, single[0], 0, sizes[0]);
        int last = sizes.length - 2;
        for (int l = 0; l <= last; l++) {
            double[] to = l == last ? output : single[l + 1];
            double[] from = single[l];
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = weightOffsets[l];
            System.arraycopy(params, biasOffsets[l], to, 0, out);
            for (int i = 0; i < in; i++) {
                double x = from[i];
                int column = w + i * out;
                for (int o = 0; o < out; o++) {
                    to[o] += transposed[column + o] * x;
                }
            }
            if (l < last) {
                for (int o = 0; o < out; o++) {
                    to[o] = activation.apply(to[o]);
                }
            }
        }
    }

    /** Says that the parameters have changed (a training step, a restore): the next prediction re-reads them. */
    void changed() {
        stale = true;
    }

    /** Copies each layer's weights [output][input] into {@link #transposed} as [input][output]. */
    private void transpose() {
        for (int l = 0; l + 1 < sizes.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = weightOffsets[l];
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < in; i++) {
                    transposed[w + i * out + o] = params[w + o * in + i];
                }
            }
        }
        stale = false;
    }

    /**
     * The outputs of a batch, kept for {@link #backward}.
     *
     * @param inputs {@code batch} rows of input-layer-width values, row after row
     * @return the outputs, {@code batch} rows of output-layer width (the network's own buffer)
     */
    double[] forward(double[] inputs, int batch) {
        System.arraycopy(inputs, 0, a[0], 0, batch * sizes[0]);
        int last = sizes.length - 2;
        for (int l = 0; l <= last; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            for (int b = 0; b < batch; b++) {
                layer(l, a[l], b * in, a[l + 1], z[l + 1], b * out, l < last);
            }
        }
        return a[sizes.length - 1];
    }

    /** One layer for one sample: {@code to[at..] = act(W from[at..] + bias)}, pre-activations into {@code pre} if given. */
    private void layer(int l, double[] from, int fromAt, double[] to, double[] pre, int toAt, boolean hidden) {
        int in = sizes[l];
        int out = sizes[l + 1];
        int w = weightOffsets[l];
        int bias = biasOffsets[l];
        for (int o = 0; o < out; o++) {
            double s = params[bias + o];
            int row = w + o * in;
            for (int i = 0; i < in; i++) {
                s += params[row + i] * from[fromAt + i];
            }
            if (pre != null) {
                pre[toAt + o] = s;
            }
            to[toAt + o] = hidden ? activation.apply(s) : s;
        }
    }

    /**
     * Backpropagates the gradient of the loss with respect to the outputs of the last {@link
     * #forward} batch, writing the gradient of the loss with respect to this network's
     * parameters into the gradient array (overwriting it).
     *
     * @param outputGrads {@code batch} rows of output-layer-width values: d loss / d output,
     *                    already divided by the batch size where the loss is a mean
     */
    void backward(double[] outputGrads, int batch) {
        java.util.Arrays.fill(grads, 0, parameterCount, 0.0);
        int layers = sizes.length - 1;
        double[] d = outputGrads;
        for (int l = layers - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = weightOffsets[l];
            int bias = biasOffsets[l];
            double[] input = a[l];
            double[] previous = delta[l];
            boolean propagate = l > 0;
            if (propagate) {
                java.util.Arrays.fill(previous, 0, batch * in, 0.0);
            }
            for (int b = 0; b < batch; b++) {
                int inAt = b * in;
                for (int o = 0; o < out; o++) {
                    double g = d[b * out + o];
                    if (g == 0) {
                        continue;
                    }
                    grads[bias + o] += g;
                    int row = w + o * in;
                    for (int i = 0; i < in; i++) {
                        grads[row + i] += g * input[inAt + i];
                    }
                    if (propagate) {
                        for (int i = 0; i < in; i++) {
                            previous[inAt + i] += g * params[row + i];
                        }
                    }
                }
                if (propagate) {
                    double[] pre = z[l];
                    for (int i = 0; i < in; i++) {
                        previous[inAt + i] *= activation.derivative(pre[inAt + i], input[inAt + i]);
                    }
                }
            }
            d = previous;
        }
    }
}
