package dyna.models.neural;

import dyna.nn.Activation;
import dyna.nn.Adam;
import dyna.nn.Initialization;
import dyna.nn.Mlp;
import dyna.nn.Parameters;
import dyna.nn.Tape;
import dyna.nn.Tensor;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The networks of a probabilistic ensemble (Chua et al. 2018; mbrl-lib's {@code GaussianMLP}),
 * all members as one {@code dyna-nn} {@link Mlp} evaluated as a batched product: each maps an
 * input to the means of {@code targets} Gaussian targets, their raw log-variances, and the logit
 * of a Bernoulli termination. The log-variance is bounded softly between a learned minimum and
 * maximum per member,
 * <pre>
 *   lv ← max − softplus(max − raw);  lv ← min + softplus(lv − min)
 * </pre>
 * and training minimises, for each member, the mean over its batch of the Gaussian negative
 * log-likelihood, plus 0.01 (Σ max − Σ min) (which keeps the bounds tight), plus the binary
 * cross-entropy of termination, with Adam and L2 weight decay on the networks' weights and biases
 * (PyTorch's {@code Adam(weight_decay=...)}, mbrl-lib's choice), not on the bounds. The loss is
 * written as a forward pass on a {@link Tape}; its gradient is the tape's. Weights start as
 * mbrl-lib's ({@link Initialization#TRUNCATED_NORMAL}), the bounds at −10 and 0.5.
 *
 * <p>Single predictions take each member's inference path ({@link Mlp.Predictor}), which gives
 * the tape's outputs bit for bit, and bound the log-variance with the tape's own functions: a
 * prediction is bit for bit what the training pass computes. Nothing is allocated per training
 * step or prediction once warm.
 */
final class GaussianEnsemble {

    /** The weight of the bounds' penalty in the loss. */
    static final double BOUND_PENALTY = 0.01;

    private final int members;
    private final int inputs;
    private final int targets;
    private final int[] sizes;
    private final Mlp mlp;
    private final Tensor maxLogVar;
    private final Tensor minLogVar;
    private final List<Tensor> parameters;
    private final double[][] best;
    private final Adam adam;
    private final Tape tape = new Tape();
    private final Tape inference = Tape.inference();
    private final Mlp.Predictor[] predictors;

    /**
     * @param members  networks in the ensemble
     * @param inputs   the number of inputs
     * @param hidden   the widths of the hidden layers
     * @param targets  the number of Gaussian targets
     */
    GaussianEnsemble(int members, int inputs, int[] hidden, int targets, Activation activation, double learningRate,
            double weightDecay, RandomGenerator random) {
        this.members = members;
        this.inputs = inputs;
        this.targets = targets;
        this.sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 2 * targets + 1;
        this.mlp = new Mlp(members, sizes, activation, false, Initialization.TRUNCATED_NORMAL, random);
        this.maxLogVar = Tensor.zeros(members, 1, targets).requireGrad();
        this.minLogVar = Tensor.zeros(members, 1, targets).requireGrad();
        java.util.Arrays.fill(maxLogVar.data(), 0.5);
        java.util.Arrays.fill(minLogVar.data(), -10);
        List<Tensor> all = new ArrayList<>(mlp.parameters());
        all.add(maxLogVar);
        all.add(minLogVar);
        this.parameters = List.copyOf(all);
        this.best = new double[parameters.size()][];
        for (int p = 0; p < best.length; p++) {
            best[p] = parameters.get(p).data().clone();
        }
        this.adam = new Adam(List.of(new Adam.Group(mlp.parameters(), learningRate, weightDecay, Adam.Decay.L2),
                new Adam.Group(List.of(maxLogVar, minLogVar), learningRate, 0)), 0.9, 0.999, 1e-8);
        this.predictors = new Mlp.Predictor[members];
        for (int m = 0; m < members; m++) {
            predictors[m] = mlp.predictor(m);
        }
    }

    /** The members. */
    int members() {
        return members;
    }

    /** The number of parameters of one member: its network's weights and biases and its bounds. */
    int parameterCount() {
        int count = 0;
        for (Tensor p : parameters) {
            count += p.size() / members;
        }
        return count;
    }

    /** The parameters: each layer's weights {@code [members, in, out]} and biases, then the maxima and minima. */
    List<Tensor> parameters() {
        return parameters;
    }

    /** The widths of each member's layers, inputs first. */
    int[] sizes() {
        return sizes.clone();
    }

    /**
     * The loss of a batch per member, summed over the members (so each member's gradient is its
     * own loss's), on {@code tape}.
     *
     * @param x          inputs, {@code [members, batch, inputs]}: each member's own rows
     * @param y          targets, {@code [members, batch, targets]}
     * @param terminated 1 for a terminal transition and 0 otherwise, {@code [members, batch, 1]}
     */
    Tensor loss(Tape tape, Tensor x, Tensor y, Tensor terminated) {
        double perRow = 1.0 / x.rows();
        Tensor out = mlp.forward(tape, x);
        Tensor mean = tape.sliceCols(out, 0, targets);
        Tensor logVar = bounded(tape, tape.sliceCols(out, targets, 2 * targets));
        Tensor logit = tape.sliceCols(out, 2 * targets, 2 * targets + 1);
        Tensor nll = tape.scale(tape.sum(tape.gaussianLogLikelihood(y, mean, logVar)), -perRow);
        Tensor crossEntropy = tape.scale(tape.sum(tape.sub(tape.softplus(logit), tape.mul(terminated, logit))), perRow);
        Tensor penalty = tape.scale(tape.sum(tape.sub(maxLogVar, minLogVar)), BOUND_PENALTY);
        return tape.add(tape.add(nll, crossEntropy), penalty);
    }

    /** The raw log-variances {@code raw} softly bounded to each member's [min, max], on {@code tape}. */
    Tensor bounded(Tape tape, Tensor raw) {
        Tensor upper = tape.sub(maxLogVar, tape.softplus(tape.sub(maxLogVar, raw)));
        return tape.add(minLogVar, tape.softplus(tape.sub(upper, minLogVar)));
    }

    /**
     * One step of Adam on a batch per member (shapes as {@link #loss}).
     *
     * @return the loss before the step
     */
    double train(Tensor x, Tensor y, Tensor terminated) {
        tape.clear();
        Tensor loss = loss(tape, x, y, terminated);
        double value = loss.item();
        tape.backward(loss);
        adam.step();
        return value;
    }

    /**
     * Lets go of the tape's tensors of shapes not used since the last call: call it after each
     * retraining, whose last, shorter minibatch has a new shape whenever the data has grown.
     */
    void trim() {
        tape.trim();
        inference.trim();
    }

    /** The tensors the training tape keeps for reuse, for tests. */
    int pooledTensors() {
        return tape.pooled();
    }

    /**
     * The outputs of every member for the same rows, {@code [1, n, inputs] -> [members, n, 2
     * targets + 1]} (means first), on an inference tape: valid until the next call.
     */
    Tensor outputs(Tensor x) {
        inference.clear();
        return mlp.forward(inference, x);
    }

    /**
     * Predicts one input by {@code member}: writes the means into {@code mean}, the bounded
     * log-variances into {@code logVariance} (each of {@code targets} values), and returns the
     * probability of termination. Allocates nothing.
     */
    double predict(int member, double[] input, double[] mean, double[] logVariance) {
        double[] raw = predictors[member].predict(input);
        double[] max = maxLogVar.data();
        double[] min = minLogVar.data();
        int at = member * targets;
        for (int j = 0; j < targets; j++) {
            mean[j] = raw[j];
            // the tape's operations, in the tape's order (see bounded)
            double upper = max[at + j] - Activation.SOFTPLUS.value(max[at + j] - raw[targets + j]);
            logVariance[j] = min[at + j] + Activation.SOFTPLUS.value(upper - min[at + j]);
        }
        return Activation.SIGMOID.value(raw[2 * targets]);
    }

    /**
     * Predicts {@code rows} inputs (row after row in {@code inputs}) by {@code member} at once:
     * writes each row's means into {@code means} and bounded log-variances into {@code
     * logVariances} ({@code targets} values per row, from row {@code at} on) and its probability of
     * termination into {@code terminations[at + row]}; each row as {@link #predict(int, double[],
     * double[], double[])} gives it, bit for bit. Allocates nothing once warm.
     */
    void predict(int member, double[] inputs, int rows, double[] means, double[] logVariances, double[] terminations,
            int at) {
        double[] raw = predictors[member].predict(inputs, rows);
        double[] max = maxLogVar.data();
        double[] min = minLogVar.data();
        int bounds = member * targets;
        int width = 2 * targets + 1;
        for (int r = 0; r < rows; r++) {
            int from = r * width;
            int to = (at + r) * targets;
            for (int j = 0; j < targets; j++) {
                means[to + j] = raw[from + j];
                double upper = max[bounds + j] - Activation.SOFTPLUS.value(max[bounds + j] - raw[from + targets + j]);
                logVariances[to + j] = min[bounds + j] + Activation.SOFTPLUS.value(upper - min[bounds + j]);
            }
            terminations[at + r] = Activation.SIGMOID.value(raw[from + 2 * targets]);
        }
    }

    /** Predicts the means only, into {@code mean}. */
    void predictMean(int member, double[] input, double[] mean) {
        System.arraycopy(predictors[member].predict(input), 0, mean, 0, targets);
    }

    /** Keeps {@code member}'s current parameters as its best so far. */
    void keepBest(int member) {
        copyMember(member, true);
    }

    /** Takes {@code member} back to the parameters last kept by {@link #keepBest}. */
    void restoreBest(int member) {
        copyMember(member, false);
    }

    private void copyMember(int member, boolean keep) {
        for (int p = 0; p < best.length; p++) {
            double[] current = parameters.get(p).data();
            int size = current.length / members;
            if (keep) {
                System.arraycopy(current, member * size, best[p], member * size, size);
            } else {
                System.arraycopy(best[p], member * size, current, member * size, size);
            }
        }
    }

    /** Writes the parameters, the best kept and the optimiser's state. */
    void write(DataOutput out) throws IOException {
        Parameters.write(parameters, out);
        for (double[] values : best) {
            SavedArrays.write(out, values, values.length);
        }
        adam.write(out);
    }

    /** Reads what {@link #write} wrote into an ensemble of the same shape. */
    void read(DataInput in) throws IOException {
        Parameters.read(parameters, in);
        for (double[] values : best) {
            SavedArrays.read(in, values, values.length);
        }
        adam.read(in);
    }

    /** Replaces the optimiser's state: the step count, then per parameter tensor the first and second moments. */
    void optimiserState(long steps, double[][] first, double[][] second) {
        adam.restore(steps, first, second);
    }

    /** The best parameters kept, per parameter tensor (live), for reading older saved ensembles. */
    double[][] best() {
        return best;
    }

    /** The number of inputs. */
    int inputs() {
        return inputs;
    }

    /** The number of Gaussian targets. */
    int targets() {
        return targets;
    }
}
