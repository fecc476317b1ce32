package dyna.models.neural;

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
 * validation error. All buffers are made once, for the data's capacity.
 */
final class EnsembleTrainer {

    private static final double IMPROVEMENT = 0.01;

    private final GaussianNetwork[] members;
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
    private final double[] batchX;
    private final double[] batchY;
    private final double[] batchT;
    private final double[] mean;
    private final double[] bestScore;
    private final int[] elites;
    private long batches;
    private int held;
    private int trainCount;
    private boolean resample = true;

    EnsembleTrainer(GaussianNetwork[] members, EnsembleSettings settings, TransitionData data, ModelInputs inputs,
            Standardizer targetScale, RandomGenerator random) {
        this.members = members;
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
        this.bootstrap = new int[members.length][capacity];
        this.batchX = new double[settings.batch() * width];
        this.batchY = new double[settings.batch() * targets];
        this.batchT = new double[settings.batch()];
        this.mean = new double[targets];
        this.bestScore = new double[members.length];
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
        for (int m = 0; m < members.length; m++) {
            for (int i = 0; i < trainCount; i++) {
                bootstrap[m][i] = resample ? order[held + random.nextInt(trainCount)] : order[held + i];
            }
            if (held > 0) {
                bestScore[m] = score(members[m], held);
                members[m].keepBest();
            }
        }
        int epochs = 0;
        int stale = 0;
        long cap = settings.maxBatches() == 0 ? Long.MAX_VALUE : settings.maxBatches();
        long taken = 0;
        while (epochs < settings.maxEpochs() && (held == 0 || stale < settings.patience()) && taken < cap) {
            int allowed = (int) Math.min(Integer.MAX_VALUE, cap - taken);
            int steps = 0;
            for (int m = 0; m < members.length; m++) {
                steps = epoch(members[m], bootstrap[m], trainCount, allowed);
            }
            taken += steps;
            epochs++;
            if (held > 0) {
                boolean improved = false;
                for (int m = 0; m < members.length; m++) {
                    double score = score(members[m], held);
                    if (bestScore[m] - score > IMPROVEMENT * bestScore[m]) {
                        bestScore[m] = score;
                        members[m].keepBest();
                        improved = true;
                    }
                }
                stale = improved ? 0 : stale + 1;
            }
        }
        if (held > 0) {
            for (GaussianNetwork member : members) {
                member.restoreBest();
            }
            chooseElites();
        }
        return epochs;
    }

    /** Standardises every kept transition into {@link #x}, {@link #y} and {@link #terminations}, and shuffles {@link #order}. */
    private void prepare(int n) {
        int dimensions = targets - 1;
        double[] observations = data.observations();
        double[] values = data.targetValues();
        for (int i = 0; i < n; i++) {
            inputs.encode(observations, i * dimensions, data.action(i), x, i * width);
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
     * One pass over a member's bootstrap sample, in a fresh random order, by minibatches, cut
     * short after {@code allowed} minibatches; returns the minibatches taken.
     */
    private int epoch(GaussianNetwork member, int[] sample, int count, int allowed) {
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = sample[i];
            sample[i] = sample[j];
            sample[j] = swap;
        }
        int size = settings.batch();
        int taken = 0;
        for (int start = 0; start < count && taken < allowed; start += size) {
            int b = Math.min(size, count - start);
            for (int r = 0; r < b; r++) {
                int i = sample[start + r];
                System.arraycopy(x, i * width, batchX, r * width, width);
                System.arraycopy(y, i * targets, batchY, r * targets, targets);
                batchT[r] = terminations[i];
            }
            member.train(batchX, batchY, batchT, b);
            batches++;
            taken++;
        }
        return taken;
    }

    /** The member's mean squared error of its means on the held-out transitions, in standardised units. */
    private double score(GaussianNetwork member, int held) {
        double sum = 0;
        for (int h = 0; h < held; h++) {
            int i = order[h];
            System.arraycopy(x, i * width, batchX, 0, width);
            member.predictMean(batchX, mean);
            for (int j = 0; j < targets; j++) {
                double e = mean[j] - y[i * targets + j];
                sum += e * e;
            }
        }
        return sum / (held * (double) targets);
    }

    /** The members with the lowest validation error, best first (ties by index). */
    private void chooseElites() {
        boolean[] taken = new boolean[members.length];
        for (int e = 0; e < elites.length; e++) {
            int best = -1;
            for (int m = 0; m < members.length; m++) {
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
            if (elites[e] < 0 || elites[e] >= members.length) {
                throw new IOException("the saved elites name member " + elites[e] + " of " + members.length);
            }
        }
    }
}
