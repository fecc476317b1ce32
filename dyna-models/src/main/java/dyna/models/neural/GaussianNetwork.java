package dyna.models.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One probabilistic network of an ensemble (Chua et al. 2018; mbrl-lib's {@code GaussianMLP}): an
 * {@link Mlp} whose outputs are the means of {@code targets} Gaussian targets, their raw
 * log-variances, and the logit of a Bernoulli termination. The log-variance is bounded softly
 * between a learned minimum and maximum,
 * <pre>
 *   lv ← max − softplus(max − raw);  lv ← min + softplus(lv − min)
 * </pre>
 * and training minimises the mean over a batch of the Gaussian negative log-likelihood
 * ½ Σ_j [(μ_j − y_j)² e^(−lv_j) + lv_j], plus 0.01 (Σ max − Σ min) (which keeps the bounds
 * tight), plus the binary cross-entropy of termination, with {@link Adam}. The bounds start at
 * −10 and 0.5, as in mbrl-lib.
 */
final class GaussianNetwork {

    private static final double BOUND_PENALTY = 0.01;

    private final int targets;
    private final double[] params;
    private final double[] grads;
    private final double[] best;
    private final Mlp mlp;
    private final Adam adam;
    private final int maxOffset;
    private final int minOffset;
    private final double[] outputGrads;
    private final double[] raw;
    private final double[] maxGrad;
    private final double[] minGrad;

    /**
     * @param inputs  the number of inputs
     * @param hidden  the widths of the hidden layers
     * @param targets the number of Gaussian targets
     */
    GaussianNetwork(int inputs, int[] hidden, int targets, Activation activation, int maxBatch, double learningRate,
            double weightDecay) {
        this.targets = targets;
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 2 * targets + 1;
        int networkCount = Mlp.parameterCount(sizes);
        this.maxOffset = networkCount;
        this.minOffset = networkCount + targets;
        int count = networkCount + 2 * targets;
        this.params = new double[count];
        this.grads = new double[count];
        this.best = new double[count];
        this.mlp = new Mlp(sizes, activation, params, grads, maxBatch);
        this.adam = new Adam(count, networkCount, learningRate, weightDecay);
        this.outputGrads = new double[maxBatch * (2 * targets + 1)];
        this.raw = new double[2 * targets + 1];
        this.maxGrad = new double[targets];
        this.minGrad = new double[targets];
    }

    /** Draws the initial weights and sets the log-variance bounds to [−10, 0.5]. */
    void initialize(RandomGenerator random) {
        mlp.initialize(random);
        Arrays.fill(params, maxOffset, minOffset, 0.5);
        Arrays.fill(params, minOffset, params.length, -10);
    }

    /**
     * Predicts one input: writes the means into {@code mean}, the bounded log-variances into
     * {@code logVariance} (each of {@code targets} values), and returns the probability of
     * termination. Allocates nothing.
     */
    double predict(double[] input, double[] mean, double[] logVariance) {
        mlp.predict(input, raw);
        for (int j = 0; j < targets; j++) {
            mean[j] = raw[j];
            logVariance[j] = bounded(raw[targets + j], j);
        }
        return sigmoid(raw[2 * targets]);
    }

    /** Predicts the means only, into {@code mean}; for validation and disagreement. */
    void predictMean(double[] input, double[] mean) {
        mlp.predict(input, raw);
        System.arraycopy(raw, 0, mean, 0, targets);
    }

    private double bounded(double value, int j) {
        double max = params[maxOffset + j];
        double min = params[minOffset + j];
        double upper = max - softplus(max - value);
        return min + softplus(upper - min);
    }

    /**
     * One step of Adam on a batch.
     *
     * @param inputs       {@code batch} rows of inputs
     * @param targetValues {@code batch} rows of {@code targets} values
     * @param terminations {@code batch} values, 1 for a terminal transition and 0 otherwise
     * @return the batch's mean loss before the step
     */
    double train(double[] inputs, double[] targetValues, double[] terminations, int batch) {
        double loss = gradient(inputs, targetValues, terminations, batch);
        adam.step(params, grads);
        mlp.changed();
        return loss;
    }

    /** The batch's mean loss, with its gradient written into {@link #grads()}; changes no parameter. */
    double gradient(double[] inputs, double[] targetValues, double[] terminations, int batch) {
        double[] out = mlp.forward(inputs, batch);
        int width = 2 * targets + 1;
        double scale = 1.0 / batch;
        double loss = 0;
        Arrays.fill(maxGrad, 0.0);
        Arrays.fill(minGrad, 0.0);
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
                maxGrad[j] += dUpper * (1 - s1);
                minGrad[j] += dLv * (1 - s2);
            }
            double logit = out[row + 2 * targets];
            double t = terminations[b];
            loss += (softplus(logit) - t * logit) * scale;
            outputGrads[row + 2 * targets] = (sigmoid(logit) - t) * scale;
        }
        mlp.backward(outputGrads, batch);
        for (int j = 0; j < targets; j++) {
            loss += BOUND_PENALTY * (params[maxOffset + j] - params[minOffset + j]);
            grads[maxOffset + j] = maxGrad[j] + BOUND_PENALTY;
            grads[minOffset + j] = minGrad[j] - BOUND_PENALTY;
        }
        return loss;
    }

    /**
     * The parameters (weights, biases, then the maxima and minima of the log-variances), live:
     * whoever changes them calls {@link #changed}.
     */
    double[] params() {
        return params;
    }

    /** Says that the parameters were changed from outside. */
    void changed() {
        mlp.changed();
    }

    /** The gradient of the last {@link #gradient} call, live. */
    double[] grads() {
        return grads;
    }

    /** Keeps the current parameters as the best so far. */
    void keepBest() {
        System.arraycopy(params, 0, best, 0, params.length);
    }

    /** Goes back to the parameters last kept by {@link #keepBest}. */
    void restoreBest() {
        System.arraycopy(best, 0, params, 0, params.length);
        mlp.changed();
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    static double softplus(double x) {
        return x > 30 ? x : Math.log1p(Math.exp(x));
    }

    /** Writes the parameters, the best kept and the optimizer's state. */
    void write(DataOutput out) throws IOException {
        SavedArrays.write(out, params, params.length);
        SavedArrays.write(out, best, best.length);
        adam.write(out);
    }

    /** Reads what {@link #write} wrote into a network of the same shape. */
    void read(DataInput in) throws IOException {
        SavedArrays.read(in, params, params.length);
        SavedArrays.read(in, best, best.length);
        adam.read(in);
        mlp.changed();
    }
}
