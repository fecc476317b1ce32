package dyna.app.bench;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The reference for the neural ensemble's speed: one member of {@code neural-ensemble} as it was
 * written before {@code dyna-nn}, by hand (every gradient derived and fused into the loops,
 * Adam over one flat array, single predictions through a transposed copy of the weights). The
 * same network and loss: dense SiLU layers, means, softly bounded log-variances and a
 * termination logit, the Gaussian negative log-likelihood plus the bounds' penalty plus the
 * cross-entropy of termination, Adam with L2 decay. {@code dyna bench} times it beside the
 * model, in the same run, so that the ratio says what the tape costs.
 */
final class HandWrittenGaussianNetwork {

    private final int[] sizes;
    private final int targets;
    private final double[] params;
    private final double[] grads;
    private final double[] m;
    private final double[] v;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int maxOffset;
    private final int minOffset;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    private final double[][] single;
    private final double[] transposed;
    private final double[] outputGrads;
    private final double[] raw;
    private final double learningRate;
    private final double weightDecay;
    private boolean stale = true;
    private long t;

    /** A network from {@code inputs} through {@code hidden} to {@code targets} Gaussian targets and a termination logit. */
    HandWrittenGaussianNetwork(int inputs, int[] hidden, int targets, int maxBatch, double learningRate,
            double weightDecay, RandomGenerator random) {
        this.targets = targets;
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 2 * targets + 1;
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
        this.maxOffset = offset;
        this.minOffset = offset + targets;
        int count = offset + 2 * targets;
        this.params = new double[count];
        this.grads = new double[count];
        this.m = new double[count];
        this.v = new double[count];
        this.transposed = new double[offset];
        this.z = new double[sizes.length][];
        this.a = new double[sizes.length][];
        this.delta = new double[sizes.length][];
        this.single = new double[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            z[l] = new double[maxBatch * sizes[l]];
            a[l] = new double[maxBatch * sizes[l]];
            delta[l] = new double[maxBatch * sizes[l]];
            single[l] = new double[sizes[l]];
        }
        this.outputGrads = new double[maxBatch * (2 * targets + 1)];
        this.raw = new double[2 * targets + 1];
        for (int l = 0; l < layers; l++) {
            double std = 1 / (2 * Math.sqrt(sizes[l]));
            for (int i = weightOffsets[l]; i < biasOffsets[l]; i++) {
                double g;
                do {
                    g = random.nextGaussian();
                } while (Math.abs(g) > 2);
                params[i] = g * std;
            }
        }
        Arrays.fill(params, maxOffset, minOffset, 0.5);
        Arrays.fill(params, minOffset, count, -10);
    }

    private static double silu(double x) {
        return x / (1 + Math.exp(-x));
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    private static double softplus(double x) {
        return x > 30 ? x : Math.log1p(Math.exp(x));
    }

    /** One prediction: means and bounded log-variances written, the probability of termination returned. */
    double predict(double[] input, double[] mean, double[] logVariance) {
        if (stale) {
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
        System.arraycopy(input, 0, single[0], 0, sizes[0]);
        int last = sizes.length - 2;
        for (int l = 0; l <= last; l++) {
            double[] to = l == last ? raw : single[l + 1];
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
                    to[o] = silu(to[o]);
                }
            }
        }
        for (int j = 0; j < targets; j++) {
            mean[j] = raw[j];
            double max = params[maxOffset + j];
            double min = params[minOffset + j];
            double upper = max - softplus(max - raw[targets + j]);
            logVariance[j] = min + softplus(upper - min);
        }
        return sigmoid(raw[2 * targets]);
    }

    /** One step of Adam on a batch of {@code batch} rows; returns the loss before the step. */
    double train(double[] inputs, double[] targetValues, double[] terminations, int batch) {
        double loss = gradient(inputs, targetValues, terminations, batch);
        t++;
        double stepSize = learningRate / (1 - Math.pow(0.9, t));
        double root2 = Math.sqrt(1 - Math.pow(0.999, t));
        for (int i = 0; i < params.length; i++) {
            double g = i < maxOffset ? grads[i] + weightDecay * params[i] : grads[i];
            m[i] = 0.9 * m[i] + 0.1 * g;
            v[i] = 0.999 * v[i] + 0.001 * g * g;
            params[i] -= stepSize * m[i] / (Math.sqrt(v[i]) / root2 + 1e-8);
        }
        stale = true;
        return loss;
    }

    private double gradient(double[] inputs, double[] targetValues, double[] terminations, int batch) {
        System.arraycopy(inputs, 0, a[0], 0, batch * sizes[0]);
        int last = sizes.length - 2;
        for (int l = 0; l <= last; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = weightOffsets[l];
            for (int b = 0; b < batch; b++) {
                for (int o = 0; o < out; o++) {
                    double s = params[biasOffsets[l] + o];
                    int row = w + o * in;
                    for (int i = 0; i < in; i++) {
                        s += params[row + i] * a[l][b * in + i];
                    }
                    z[l + 1][b * out + o] = s;
                    a[l + 1][b * out + o] = l < last ? silu(s) : s;
                }
            }
        }
        double[] out = a[sizes.length - 1];
        int width = 2 * targets + 1;
        double scale = 1.0 / batch;
        double loss = 0;
        Arrays.fill(grads, maxOffset, grads.length, 0.0);
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < targets; j++) {
                double max = params[maxOffset + j];
                double min = params[minOffset + j];
                double rawValue = out[row + targets + j];
                double s1 = sigmoid(max - rawValue);
                double upper = max - softplus(max - rawValue);
                double s2 = sigmoid(upper - min);
                double lv = min + softplus(upper - min);
                double error = out[row + j] - targetValues[b * targets + j];
                double inverse = Math.exp(-lv);
                loss += 0.5 * (error * error * inverse + lv) * scale;
                outputGrads[row + j] = error * inverse * scale;
                double dLv = 0.5 * (1 - error * error * inverse) * scale;
                double dUpper = dLv * s2;
                outputGrads[row + targets + j] = dUpper * s1;
                grads[maxOffset + j] += dUpper * (1 - s1);
                grads[minOffset + j] += dLv * (1 - s2);
            }
            double logit = out[row + 2 * targets];
            double t = terminations[b];
            loss += (softplus(logit) - t * logit) * scale;
            outputGrads[row + 2 * targets] = (sigmoid(logit) - t) * scale;
        }
        backward(batch);
        for (int j = 0; j < targets; j++) {
            loss += 0.01 * (params[maxOffset + j] - params[minOffset + j]);
            grads[maxOffset + j] += 0.01;
            grads[minOffset + j] -= 0.01;
        }
        return loss;
    }

    private void backward(int batch) {
        Arrays.fill(grads, 0, maxOffset, 0.0);
        double[] d = outputGrads;
        for (int l = sizes.length - 2; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = weightOffsets[l];
            int bias = biasOffsets[l];
            double[] input = a[l];
            double[] previous = delta[l];
            boolean propagate = l > 0;
            if (propagate) {
                Arrays.fill(previous, 0, batch * in, 0.0);
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
                    for (int i = 0; i < in; i++) {
                        double s = 1 / (1 + Math.exp(-z[l][inAt + i]));
                        previous[inAt + i] *= s + input[inAt + i] * (1 - s);
                    }
                }
            }
            d = previous;
        }
    }
}
