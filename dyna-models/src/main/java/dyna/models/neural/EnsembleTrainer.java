package dyna.models.neural;

import dyna.nn.Tensor;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * Retrains an ensemble on its data as mbrl-lib's {@code ModelTrainer} does: a random share is
 * held out for validation, each member trains on its own bootstrap sample of the rest
 * (minibatches in a fresh order each epoch), and after each epoch the validation error (mean
 * squared error of the standardised means) of each member is measured; a member's best
 * parameters are kept, training stops once no member has improved by 1% for {@code patience}
 * epochs (or once each member has taken {@code maxBatches} minibatch steps), and the members go
 * back to their best. The elites are the members with the lowest
 * validation error. The members take their minibatch steps together, each on its own rows, as
 * one batched pass of the {@link GaussianEnsemble}; the random draws are those of training them
 * one after the other. All buffers are made once, for the data's capacity.
 */
final class EnsembleTrainer {

    private static final double IMPROVEMENT = 0.01;

    /** Rows of held-out transitions evaluated in one pass. */
    private static final int SCORED_ROWS = 256;

    private final GaussianEnsemble ensemble;
    private final int members;
    private final EnsembleSettings settings;
    private final TransitionData data;
    private final ModelInputs inputs;
    private final Standardizer targetScale;
    private final RandomGenerator random;
    private final int width;
    private final int targets;
    private final double[] x;
    private final double[] y;
    private final double[] terminations;
    private final int[] order;
    private final int[][] bootstrap;
    private final Batch full;
    private Batch last;
    private final Tensor scored;
    private final double[] bestScore;
    private final int[] elites;
    private final double[] scores;
    private long batches;
    private int held;
    private int trainCount;
    private boolean resample = true;

    /** A minibatch of each member's own rows: inputs, targets and terminations. */
    private record Batch(Tensor x, Tensor y, Tensor terminated) {

        Batch(int members, int rows, int width, int targets) {
            this(Tensor.zeros(members, rows, width), Tensor.zeros(members, rows, targets), Tensor.zeros(members, rows, 1));
        }

        int rows() {
            return x.rows();
        }
    }

    EnsembleTrainer(GaussianEnsemble ensemble, EnsembleSettings settings, TransitionData data, ModelInputs inputs,
            Standardizer targetScale, RandomGenerator random) {
        this.ensemble = ensemble;
        this.members = ensemble.members();
        this.settings = settings;
        this.data = data;
        this.inputs = inputs;
        this.targetScale = targetScale;
        this.random = random;
        this.width = inputs.width();
        this.targets = data.targets();
        int capacity = data.capacity();
        this.x = new double[capacity * width];
        this.y = new double[capacity * targets];
        this.terminations = new double[capacity];
        this.order = new int[capacity];
        this.bootstrap = new int[members][capacity];
        this.full = new Batch(members, settings.batch(), width, targets);
        this.last = full;
        this.scored = Tensor.zeros(1, SCORED_ROWS, width);
        this.bestScore = new double[members];
        this.scores = new double[members];
        this.elites = new int[settings.elites()];
        for (int e = 0; e < elites.length; e++) {
            elites[e] = e;
        }
    }

    /** The indices of the elite members, best first. */
    int[] elites() {
        return elites;
    }

    /** The minibatch steps taken by each member so far. */
    long batches() {
        return batches;
    }

    /** The ablation of bootstrapping, for tests: every member trains on all the transitions not held out. */
    void withoutBootstrap() {
        resample = false;
    }

    /** Each member's best validation error in the last training, for tests and diagnostics. */
    double[] bestScores() {
        return bestScore.clone();
    }

    /** The transitions held out for validation in the last training (indices into the data), for tests. */
    int[] heldOut() {
        return java.util.Arrays.copyOf(order, held);
    }

    /** The bootstrap sample a member trained on in the last training (indices into the data), for tests. */
    int[] sample(int member) {
        return java.util.Arrays.copyOf(bootstrap[member], trainCount);
    }

    /**
     * Retrains on the data as it is now, with the standardisations frozen from it.
     *
     * @return the number of epochs run
     */
    int train() {
        int n = data.size();
        prepare(n);
        held = (int) Math.floor(n * settings.validation());
        trainCount = n - held;
        for (int m = 0; m < members; m++) {
            for (int i = 0; i < trainCount; i++) {
                bootstrap[m][i] = resample ? order[held + random.nextInt(trainCount)] : order[held + i];
            }
        }
        if (held > 0) {
            score(held, bestScore);
            for (int m = 0; m < members; m++) {
                ensemble.keepBest(m);
            }
        }
        int epochs = 0;
        int stale = 0;
        long cap = settings.maxBatches() == 0 ? Long.MAX_VALUE : settings.maxBatches();
        long taken = 0;
        while (epochs < settings.maxEpochs() && (held == 0 || stale < settings.patience()) && taken < cap) {
            int allowed = (int) Math.min(Integer.MAX_VALUE, cap - taken);
            taken += epoch(trainCount, allowed);
            epochs++;
            if (held > 0) {
                boolean improved = false;
                score(held, scores);
                for (int m = 0; m < members; m++) {
                    if (bestScore[m] - scores[m] > IMPROVEMENT * bestScore[m]) {
                        bestScore[m] = scores[m];
                        ensemble.keepBest(m);
                        improved = true;
                    }
                }
                stale = improved ? 0 : stale + 1;
            }
        }
        if (held > 0) {
            for (int m = 0; m < members; m++) {
                ensemble.restoreBest(m);
            }
            chooseElites();
        }
        ensemble.trim();
        return epochs;
    }

    /** Standardises every kept transition into {@link #x}, {@link #y} and {@link #terminations}, and shuffles {@link #order}. */
    private void prepare(int n) {
        int dimensions = targets - 1;
        double[] observations = data.observations();
        double[] values = data.targetValues();
        for (int i = 0; i < n; i++) {
            inputs.encode(observations, i * dimensions, data.actions(), i * inputs.actionSize(), x, i * width);
            targetScale.standardize(values, i * targets, y, i * targets);
            terminations[i] = data.terminated(i) ? 1 : 0;
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /**
     * One pass over each member's bootstrap sample, each in a fresh random order (drawn member
     * after member), by minibatches that all members take together, cut short after {@code
     * allowed} minibatches; returns the minibatches taken.
     */
    private int epoch(int count, int allowed) {
        for (int[] sample : bootstrap) {
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = sample[i];
                sample[i] = sample[j];
                sample[j] = swap;
            }
        }
        int size = settings.batch();
        int taken = 0;
        for (int start = 0; start < count && taken < allowed; start += size) {
            Batch batch = batch(Math.min(size, count - start));
            int b = batch.rows();
            double[] bx = batch.x().data();
            double[] by = batch.y().data();
            double[] bt = batch.terminated().data();
            for (int m = 0; m < members; m++) {
                for (int r = 0; r < b; r++) {
                    int i = bootstrap[m][start + r];
                    int row = m * b + r;
                    System.arraycopy(x, i * width, bx, row * width, width);
                    System.arraycopy(y, i * targets, by, row * targets, targets);
                    bt[row] = terminations[i];
                }
            }
            ensemble.train(batch.x(), batch.y(), batch.terminated());
            batches += members;
            taken++;
        }
        return taken;
    }

    /** The minibatch buffers for {@code rows} rows (the last of an epoch may be shorter; its buffers are kept). */
    private Batch batch(int rows) {
        if (rows == full.rows()) {
            return full;
        }
        if (last.rows() != rows) {
            last = new Batch(members, rows, width, targets);
        }
        return last;
    }

    /**
     * Each member's mean squared error of its means on the held-out transitions, in standardised
     * units, into {@code into}; the held-out rows go through all members at once, a few hundred
     * at a time.
     */
    private void score(int held, double[] into) {
        java.util.Arrays.fill(into, 0.0);
        double[] in = scored.data();
        for (int from = 0; from < held; from += SCORED_ROWS) {
            int rows = Math.min(SCORED_ROWS, held - from);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(x, order[from + r] * width, in, r * width, width);
            }
            Tensor out = ensemble.outputs(scored);
            double[] values = out.data();
            int columns = out.cols();
            for (int m = 0; m < members; m++) {
                double sum = into[m];
                for (int r = 0; r < rows; r++) {
                    int i = order[from + r];
                    int at = (m * SCORED_ROWS + r) * columns;
                    for (int j = 0; j < targets; j++) {
                        double e = values[at + j] - y[i * targets + j];
                        sum += e * e;
                    }
                }
                into[m] = sum;
            }
        }
        for (int m = 0; m < members; m++) {
            into[m] /= held * (double) targets;
        }
    }

    /** The members with the lowest validation error, best first (ties by index). */
    private void chooseElites() {
        boolean[] taken = new boolean[members];
        for (int e = 0; e < elites.length; e++) {
            int best = -1;
            for (int m = 0; m < members; m++) {
                if (!taken[m] && (best < 0 || bestScore[m] < bestScore[best])) {
                    best = m;
                }
            }
            taken[best] = true;
            elites[e] = best;
        }
    }

    /** Writes the minibatch steps taken, each member's best held-out score and the elites. */
    void write(DataOutput out) throws IOException {
        out.writeLong(batches);
        SavedArrays.write(out, bestScore, bestScore.length);
        for (int elite : elites) {
            out.writeInt(elite);
        }
    }

    /** Reads what {@link #write} wrote. */
    void read(DataInput in) throws IOException {
        batches = in.readLong();
        SavedArrays.read(in, bestScore, bestScore.length);
        for (int e = 0; e < elites.length; e++) {
            elites[e] = in.readInt();
            if (elites[e] < 0 || elites[e] >= members) {
                throw new IOException("the saved elites name member " + elites[e] + " of " + members);
            }
        }
    }
}
