package dyna.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron: linear layers of the given sizes with an activation between them
 * (none after the last), optionally each hidden layer normalised before its activation (layer
 * normalisation with a learned gain and bias per feature, as TD-MPC's and DreamerV3's networks
 * have it), for one network or an ensemble of {@code members} evaluated as one batched product
 * per layer.
 */
public final class Mlp {

    /** The epsilon of layer normalisation, PyTorch's default. */
    public static final double NORM_EPSILON = 1e-5;

    private final List<Linear> layers = new ArrayList<>();
    private final Activation activation;
    private final List<Tensor> gains = new ArrayList<>();
    private final List<Tensor> shifts = new ArrayList<>();

    /**
     * A network through {@code sizes} ({@code [in, hidden..., out]}, at least two).
     *
     * @param members    networks in the ensemble (1 for one network)
     * @param activation between layers
     */
    public Mlp(int members, int[] sizes, Activation activation, RandomGenerator random) {
        this(members, sizes, activation, false, random);
    }

    /**
     * A network through {@code sizes}, its hidden layers normalised when {@code layerNorm}
     * (gains start at 1, biases at 0).
     */
    public Mlp(int members, int[] sizes, Activation activation, boolean layerNorm, RandomGenerator random) {
        this(members, sizes, activation, layerNorm, Initialization.UNIFORM, random);
    }

    /**
     * A network through {@code sizes} whose layers are drawn as {@code initialization} says, one
     * layer after the other.
     */
    public Mlp(int members, int[] sizes, Activation activation, boolean layerNorm, Initialization initialization,
            RandomGenerator random) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs at least an input and an output size, not "
                    + java.util.Arrays.toString(sizes));
        }
        for (int i = 0; i + 1 < sizes.length; i++) {
            layers.add(new Linear(members, sizes[i], sizes[i + 1], initialization, random));
            if (layerNorm && i + 2 < sizes.length) {
                Tensor gain = Tensor.zeros(members, 1, sizes[i + 1]).requireGrad();
                java.util.Arrays.fill(gain.data(), 1);
                gains.add(gain);
                shifts.add(Tensor.zeros(members, 1, sizes[i + 1]).requireGrad());
            }
        }
        this.activation = activation;
    }

    /** The output for {@code x}: {@code [members or 1, batch, in] -> [members, batch, out]}. */
    public Tensor forward(Tape tape, Tensor x) {
        Tensor h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(tape, h);
            if (i + 1 < layers.size()) {
                if (!gains.isEmpty()) {
                    h = tape.add(tape.mul(tape.layerNorm(h, NORM_EPSILON), gains.get(i)), shifts.get(i));
                }
                h = activation.apply(tape, h);
            }
        }
        return h;
    }

    /**
     * The inference path of member {@code member}: predictions one input at a time, without a
     * tape, into buffers of its own (nothing is allocated per prediction), equal bit for bit to
     * {@link #forward} of the same member. It reads the parameters as they are when it predicts,
     * so it follows training; one predictor serves one thread.
     */
    public Predictor predictor(int member) {
        return new Predictor(member);
    }

    /** Predictions of one member without a tape; see {@link Mlp#predictor(int)}. */
    public final class Predictor {

        private final int member;
        private final double[][] activations;
        private final double[][] weights;   // each layer's, as its tensor holds them (read live)
        private final double[][] biases;
        private final int[] ins;
        private final double[][] batches;
        private int batchRows;

        private Predictor(int member) {
            int members = layers.get(0).weights().members();
            if (member < 0 || member >= members) {
                throw new IllegalArgumentException("member " + member + " of an ensemble of " + members);
            }
            this.member = member;
            this.activations = new double[layers.size()][];
            this.weights = new double[layers.size()][];
            this.biases = new double[layers.size()][];
            this.ins = new int[layers.size()];
            this.batches = new double[layers.size()][0];
            for (int i = 0; i < layers.size(); i++) {
                activations[i] = new double[layers.get(i).weights().cols()];
                weights[i] = layers.get(i).weights().data();
                biases[i] = layers.get(i).bias().data();
                ins[i] = layers.get(i).weights().rows();
            }
        }

        /**
         * The output for {@code input} (as many values as the first layer's inputs), in this
         * predictor's own array, overwritten by the next prediction.
         */
        public double[] predict(double[] input) {
            double[] h = input;
            int layerCount = activations.length;
            for (int l = 0; l < layerCount; l++) {
                double[] z = activations[l];
                int in = ins[l];
                int out = z.length;
                double[] w = weights[l];
                java.util.Arrays.fill(z, 0);
                int base = member * in * out;
                for (int p = 0; p < in; p++) {   // the same order of sums as the tape's product
                    double v = h[p];
                    int row = base + p * out;
                    for (int j = 0; j < out; j++) {
                        z[j] += v * w[row + j];
                    }
                }
                finish(z, l);
                h = z;
            }
            return h;
        }

        /**
         * The outputs for {@code rows} inputs at once ({@code inputs} holds them row after row),
         * row after row in this predictor's own array, overwritten by the next call; each row
         * equal bit for bit to {@link #predict(double[])} of it. Rows are multiplied in tiles of
         * four rows by four outputs held in registers, so that each weight is read once for four rows: the batched inference a
         * controller evaluates its population with. Allocates only when {@code rows} exceeds
         * every earlier call's.
         */
        public double[] predict(double[] inputs, int rows) {
            if (rows > batchRows) {
                batchRows = rows;
                for (int l = 0; l < batches.length; l++) {
                    batches[l] = new double[rows * activations[l].length];
                }
            }
            double[] h = inputs;
            int layerCount = activations.length;
            for (int l = 0; l < layerCount; l++) {
                double[] z = batches[l];
                int in = ins[l];
                int out = activations[l].length;
                double[] w = weights[l];
                java.util.Arrays.fill(z, 0, rows * out, 0);
                int base = member * in * out;
                int r = 0;
                for (; r + 4 <= rows; r += 4) {
                    product4(h, r * in, in, w, base, out, z, r * out);
                }
                for (; r < rows; r++) {
                    int x = r * in;
                    int y = r * out;
                    for (int p = 0; p < in; p++) {
                        double v = h[x + p];
                        int row = base + p * out;
                        for (int j = 0; j < out; j++) {
                            z[y + j] += v * w[row + j];
                        }
                    }
                }
                double[] one = activations[l];
                for (r = 0; r < rows; r++) {
                    System.arraycopy(z, r * out, one, 0, out);
                    finish(one, l);
                    System.arraycopy(one, 0, z, r * out, out);
                }
                h = z;
            }
            return h;
        }

        /**
         * The product of four rows of {@code h} (from {@code x}, {@code in} apart) with the weights
         * at {@code base} ({@code in × out}) into four rows of {@code z} (from {@code y}, {@code out}
         * apart), in tiles of four rows by four columns kept in registers: each weight and input is
         * read once per tile, and each sum runs over {@code p} in order from 0, as one row's does.
         */
        private static void product4(double[] h, int x, int in, double[] w, int base, int out, double[] z, int y) {
            int x1 = x + in;
            int x2 = x1 + in;
            int x3 = x2 + in;
            int j = 0;
            for (; j + 4 <= out; j += 4) {
                double a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0;
                double a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0;
                int wp = base + j;
                for (int p = 0; p < in; p++, wp += out) {
                    double w0 = w[wp];
                    double w1 = w[wp + 1];
                    double w2 = w[wp + 2];
                    double w3 = w[wp + 3];
                    double v0 = h[x + p];
                    double v1 = h[x1 + p];
                    double v2 = h[x2 + p];
                    double v3 = h[x3 + p];
                    a00 += v0 * w0;
                    a01 += v0 * w1;
                    a02 += v0 * w2;
                    a03 += v0 * w3;
                    a10 += v1 * w0;
                    a11 += v1 * w1;
                    a12 += v1 * w2;
                    a13 += v1 * w3;
                    a20 += v2 * w0;
                    a21 += v2 * w1;
                    a22 += v2 * w2;
                    a23 += v2 * w3;
                    a30 += v3 * w0;
                    a31 += v3 * w1;
                    a32 += v3 * w2;
                    a33 += v3 * w3;
                }
                int y1 = y + out;
                int y2 = y1 + out;
                int y3 = y2 + out;
                z[y + j] = a00;
                z[y + j + 1] = a01;
                z[y + j + 2] = a02;
                z[y + j + 3] = a03;
                z[y1 + j] = a10;
                z[y1 + j + 1] = a11;
                z[y1 + j + 2] = a12;
                z[y1 + j + 3] = a13;
                z[y2 + j] = a20;
                z[y2 + j + 1] = a21;
                z[y2 + j + 2] = a22;
                z[y2 + j + 3] = a23;
                z[y3 + j] = a30;
                z[y3 + j + 1] = a31;
                z[y3 + j + 2] = a32;
                z[y3 + j + 3] = a33;
            }
            for (; j < out; j++) {
                double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
                int wp = base + j;
                for (int p = 0; p < in; p++, wp += out) {
                    double wj = w[wp];
                    a0 += h[x + p] * wj;
                    a1 += h[x1 + p] * wj;
                    a2 += h[x2 + p] * wj;
                    a3 += h[x3 + p] * wj;
                }
                z[y + j] = a0;
                z[y + out + j] = a1;
                z[y + 2 * out + j] = a2;
                z[y + 3 * out + j] = a3;
            }
        }

        /** Adds layer {@code l}'s bias to one row's product and, for a hidden layer, normalises and activates it. */
        private void finish(double[] z, int l) {
            int out = z.length;
            double[] bias = biases[l];
            boolean last = l + 1 == activations.length;
            int b = member * out;
            if (last || !gains.isEmpty()) {
                for (int j = 0; j < out; j++) {
                    z[j] += bias[b + j];
                }
                if (!last) {
                    normalise(z, gains.get(l).data(), shifts.get(l).data(), member * out);
                    activate(z);
                }
            } else if (activation == Activation.SILU) {   // the bias and the activation in one pass
                for (int j = 0; j < out; j++) {
                    double v = z[j] + bias[b + j];
                    z[j] = v * Tape.sigmoid(v);
                }
            } else {
                for (int j = 0; j < out; j++) {
                    z[j] = activation.value(z[j] + bias[b + j]);
                }
            }
        }
    }

    private void activate(double[] z) {
        for (int j = 0; j < z.length; j++) {
            z[j] = activation.value(z[j]);
        }
    }

    /**
     * Layer normalisation of one row, in the order of the tape's operations (sum, times 1/n,
     * subtract, square, sum, times 1/n, plus epsilon, square root, divide, gain, bias), so that
     * the result is the tape's bit for bit.
     */
    private static void normalise(double[] z, double[] gain, double[] shift, int offset) {
        int n = z.length;
        double inverse = 1.0 / n;
        double total = 0;
        for (double v : z) {
            total += v;
        }
        double mean = total * inverse;
        double squares = 0;
        for (int j = 0; j < n; j++) {
            z[j] = z[j] - mean;
            squares += z[j] * z[j];
        }
        double deviation = Math.sqrt(squares * inverse + NORM_EPSILON);
        for (int j = 0; j < n; j++) {
            z[j] = z[j] / deviation * gain[offset + j] + shift[offset + j];
        }
    }

    /** Every parameter, layer by layer. */
    public List<Tensor> parameters() {
        List<Tensor> parameters = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            parameters.addAll(layers.get(i).parameters());
            if (i < gains.size()) {
                parameters.add(gains.get(i));
                parameters.add(shifts.get(i));
            }
        }
        return parameters;
    }

    /** The layers, first to last. */
    public List<Linear> layers() {
        return List.copyOf(layers);
    }
}
