package dyna.models.neural;

import dyna.api.env.Transition;
import dyna.api.model.BatchModel;
import dyna.api.model.UncertaintyModel;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import dyna.api.space.Box;
import dyna.api.space.Space;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A probabilistic ensemble of neural networks as a model of continuous dynamics (Chua et al.
 * 2018, PETS; Janner et al. 2019, MBPO; mbrl-lib): each member maps a standardised observation
 * and the action to a Gaussian over the change of the observation and the reward (standardised
 * too) and to a probability of termination, which mbrl-lib cannot learn. It learns from every
 * real transition and retrains every {@code trainEvery} real steps ({@link EnsembleTrainer}), when
 * it is next asked for a prediction (so that an agent that never plans never pays for training; the
 * random draws are the same as if it had trained at once); it knows every pair once trained. A prediction draws an elite member (or keeps the rollout's,
 * or averages them, by {@link EnsembleSettings.Propagation}), samples from its Gaussian (or takes
 * the mean), keeps the predicted observation inside the observation box (clipped to its finite
 * bounds: a network may predict cos θ = 1.04, which no state has), and terminates where the
 * predicted probability exceeds ½. Actions are one-hot where discrete and scaled from their box
 * to [−1, 1] where a box. Its uncertainty is the
 * elites' disagreement. Every random draw comes from the model's own stream, so a run is a pure
 * function of its seed; predicting allocates nothing.
 *
 * <p>Saved as {@code neural-ensemble/2}: its sizes (observation dimensions, members, capacity and
 * parameters per member, {@code int}s), how much it observed and trained, the transitions kept,
 * both standardisations, the networks' parameters (as {@code dyna-nn}'s {@link
 * dyna.nn.Parameters} writes them), the best parameters kept and the Adam state, and the
 * trainer's scores and elites; all that a run needs to go on learning, but the random stream.
 * It still reads {@code neural-ensemble/1} ({@link SavedNetworksVersion1}). With box actions it
 * is saved as {@code neural-ensemble/3}: the action's dimensions first, then as {@code /2} with
 * each action as its values.
 */
final class NeuralEnsemble implements UncertaintyModel, BatchModel, Savable {

    /** The member a rollout is propagated by, under {@link EnsembleSettings.Propagation#FIXED_MEMBER}. */
    static final class Rollout {
        private int member;
    }

    /**
     * A batch of rollouts: each row's member, where each row stands once the rows are grouped by
     * member, the networks' outputs in that order, and the rows' means and probabilities of
     * termination in row order.
     */
    static final class Batch {
        private final int[] member;
        private final int[] position;
        private final double[] inputs;
        private final double[] memberMeans;
        private final double[] memberLogVariances;
        private final double[] memberTerminations;
        private final double[] means;
        private final double[] terminations;

        Batch(int rows, int width, int targets) {
            member = new int[rows];
            position = new int[rows];
            inputs = new double[rows * width];
            memberMeans = new double[rows * targets];
            memberLogVariances = new double[rows * targets];
            memberTerminations = new double[rows];
            means = new double[rows * targets];
            terminations = new double[rows];
        }
    }

    private final EnsembleSettings settings;
    private final int dimensions;
    private final GaussianEnsemble networks;
    private final TransitionData data;
    private final Standardizer observationScale;
    private final Standardizer targetScale;
    private final ModelInputs inputs;
    private final EnsembleTrainer trainer;
    private final RandomGenerator random;
    private final double[] input;
    private final double[] low;
    private final double[] high;
    private final double[] mean;
    private final double[] logVariance;
    private final double[] sum;
    private final double[] squares;
    private long observed;
    private boolean due;
    private int trainings;
    private int lastEpochs;

    NeuralEnsemble(EnsembleSettings settings, int dimensions, Space actions, RandomGenerator random) {
        this(settings, unbounded(dimensions), actions, random);
    }

    /** An ensemble whose predicted observations are kept inside {@code observations}, as the model contract asks. */
    NeuralEnsemble(EnsembleSettings settings, Box observations, Space actions, RandomGenerator random) {
        int dimensions = observations.dimensions();
        this.low = new double[dimensions];
        this.high = new double[dimensions];
        for (int k = 0; k < dimensions; k++) {
            low[k] = observations.low(k);
            high[k] = observations.high(k);
        }
        this.settings = settings;
        this.dimensions = dimensions;
        this.random = random;
        int targets = dimensions + 1;
        this.observationScale = new Standardizer(dimensions);
        this.targetScale = new Standardizer(targets);
        this.inputs = new ModelInputs(observationScale, dimensions, actions);
        this.data = new TransitionData(settings.capacity(), dimensions, inputs.actionSize(), inputs.boxActions());
        this.networks = new GaussianEnsemble(settings.members(), inputs.width(), settings.hidden(), targets,
                settings.activation(), settings.learningRate(), settings.weightDecay(), random);
        this.trainer = new EnsembleTrainer(networks, settings, data, inputs, targetScale, random);
        this.input = new double[inputs.width()];
        this.mean = new double[targets];
        this.logVariance = new double[targets];
        this.sum = new double[targets];
        this.squares = new double[targets];
    }

    @Override
    public void observe(Transition real) {
        int slot = data.add(real);
        observationScale.add(data.observations(), slot * dimensions);
        targetScale.add(data.targetValues(), slot * (dimensions + 1));
        observed++;
        if (observed % settings.trainEvery() == 0) {
            due = true;
        }
    }

    private static Box unbounded(int dimensions) {
        double[] low = new double[dimensions];
        double[] high = new double[dimensions];
        java.util.Arrays.fill(low, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(high, Double.POSITIVE_INFINITY);
        return new Box(low, high);
    }

    /** Trains if a retraining is due. */
    private void catchUp() {
        if (due) {
            train();
        }
    }

    /** Retrains now on the data kept so far; returns the epochs run. */
    int train() {
        due = false;
        observationScale.freeze();
        targetScale.freeze();
        lastEpochs = trainer.train();
        trainings++;
        return lastEpochs;
    }

    /** How the observations are standardised for the networks: frozen at each retraining. */
    Standardizer observationScale() {
        return observationScale;
    }

    /** The networks, for tests. */
    GaussianEnsemble networks() {
        return networks;
    }

    /** How many times the ensemble was trained. */
    int trainings() {
        return trainings;
    }

    @Override
    public boolean knows(Transition query) {
        return trainings > 0 || due;
    }

    @Override
    public Object newRolloutState() {
        return new Rollout();
    }

    @Override
    public void startRollout(Transition start, Object state) {
        catchUp();
        if (settings.propagation() == EnsembleSettings.Propagation.FIXED_MEMBER) {
            ((Rollout) state).member = randomElite();
        }
    }

    @Override
    public void sample(Transition query) {
        check(query);
        predict(query, settings.propagation() == EnsembleSettings.Propagation.MEAN ? -1 : randomElite());
    }

    @Override
    public void sample(Transition query, Object state) {
        check(query);
        predict(query, switch (settings.propagation()) {
            case MEAN -> -1;
            case RANDOM_MEMBER -> randomElite();
            case FIXED_MEMBER -> ((Rollout) state).member;
        });
    }

    @Override
    public Object newBatchState(int rows) {
        return new Batch(rows, inputs.width(), dimensions + 1);
    }

    /**
     * Under {@link EnsembleSettings.Propagation#FIXED_MEMBER} (TS-∞) gives each row the member that
     * propagates it throughout, the rows shared out evenly among the elites in a random order
     * (as mbrl-lib's propagation indices); otherwise nothing.
     */
    @Override
    public void startBatch(int rows, Object state) {
        catchUp();
        if (settings.propagation() != EnsembleSettings.Propagation.FIXED_MEMBER || trainings == 0) {
            return;
        }
        int[] member = ((Batch) state).member;
        int[] elites = trainer.elites();
        for (int r = 0; r < rows; r++) {
            member[r] = elites[r % elites.length];
        }
        for (int r = rows - 1; r > 0; r--) {
            int other = random.nextInt(r + 1);
            int kept = member[r];
            member[r] = member[other];
            member[other] = kept;
        }
    }

    /**
     * Steps every row with its member (TS-∞), a member drawn per row and step (TS-1), or the
     * elites' mean, as {@link EnsembleSettings.Propagation} says, giving each row's predicted
     * probability of termination (where one prediction terminates above ½): rows are grouped by member and
     * each group is predicted in one batched pass ({@code dyna-nn}'s {@link dyna.nn.Mlp.Predictor#predict(double[], int)}).
     */
    @Override
    public void sampleBatch(double[] observations, double[] actions, int rows, double[] next, double[] rewards,
            double[] ends, Object state) {
        catchUp();
        if (trainings == 0) {
            throw new IllegalStateException("the ensemble has not trained yet: it knows no pair");
        }
        Batch batch = (Batch) state;
        int aw = inputs.actionSize();
        int targets = dimensions + 1;
        if (settings.propagation() == EnsembleSettings.Propagation.MEAN) {
            averageOfElites(observations, actions, rows, batch);
        } else {
            if (settings.propagation() == EnsembleSettings.Propagation.RANDOM_MEMBER) {
                for (int r = 0; r < rows; r++) {
                    batch.member[r] = randomElite();
                }
            }
            int at = 0;
            for (int m = 0; m < networks.members(); m++) {
                int first = at;
                for (int r = 0; r < rows; r++) {
                    if (batch.member[r] == m) {
                        inputs.encode(observations, r * dimensions, actions, r * aw, batch.inputs, (at - first)
                                * inputs.width());
                        batch.position[r] = at++;
                    }
                }
                if (at > first) {
                    networks.predict(m, batch.inputs, at - first, batch.memberMeans, batch.memberLogVariances,
                            batch.memberTerminations, first);
                }
            }
            // back to row order, each row's noise drawn in row order
            boolean noise = settings.noise();
            for (int r = 0; r < rows; r++) {
                int k = batch.position[r];
                for (int j = 0; j < targets; j++) {
                    double mean = batch.memberMeans[k * targets + j];
                    batch.means[r * targets + j] = noise
                            ? mean + Math.exp(0.5 * batch.memberLogVariances[k * targets + j]) * random.nextGaussian()
                            : mean;
                }
                batch.terminations[r] = batch.memberTerminations[k];
            }
        }
        for (int r = 0; r < rows; r++) {
            int o = r * dimensions;
            int t = r * targets;
            for (int k = 0; k < dimensions; k++) {
                double predicted = observations[o + k] + batch.means[t + k] * targetScale.std(k) + targetScale.mean(k);
                next[o + k] = Math.min(Math.max(predicted, low[k]), high[k]);
            }
            rewards[r] = batch.means[t + dimensions] * targetScale.std(dimensions) + targetScale.mean(dimensions);
            ends[r] = batch.terminations[r];
        }
    }

    /** The elites' average means and probabilities of termination of every row, into the batch's means and terminations. */
    private void averageOfElites(double[] observations, double[] actions, int rows, Batch batch) {
        int targets = dimensions + 1;
        int aw = inputs.actionSize();
        for (int r = 0; r < rows; r++) {
            inputs.encode(observations, r * dimensions, actions, r * aw, batch.inputs, r * inputs.width());
        }
        int[] elites = trainer.elites();
        java.util.Arrays.fill(batch.means, 0, rows * targets, 0.0);
        java.util.Arrays.fill(batch.terminations, 0, rows, 0.0);
        for (int e : elites) {
            networks.predict(e, batch.inputs, rows, batch.memberMeans, batch.memberLogVariances,
                    batch.memberTerminations, 0);
            for (int i = 0; i < rows * targets; i++) {
                batch.means[i] += batch.memberMeans[i];
            }
            for (int r = 0; r < rows; r++) {
                batch.terminations[r] += batch.memberTerminations[r];
            }
        }
        for (int i = 0; i < rows * targets; i++) {
            batch.means[i] /= elites.length;
        }
        for (int r = 0; r < rows; r++) {
            batch.terminations[r] /= elites.length;
        }
    }

    private int randomElite() {
        int[] elites = trainer.elites();
        return elites[random.nextInt(elites.length)];
    }

    /** Writes the outcome predicted by {@code member}, or by the elites' average for −1, into {@code query} (already checked). */
    private void predict(Transition query, int member) {
        inputs.encode(query, input);
        double termination;
        if (member >= 0) {
            termination = networks.predict(member, input, mean, logVariance);
            if (settings.noise()) {
                for (int j = 0; j < mean.length; j++) {
                    mean[j] += Math.exp(0.5 * logVariance[j]) * random.nextGaussian();
                }
            }
        } else {
            termination = averageOfElites();
        }
        double[] s = query.observation();
        double[] next = query.nextObservation();
        for (int k = 0; k < dimensions; k++) {
            double predicted = s[k] + mean[k] * targetScale.std(k) + targetScale.mean(k);
            next[k] = Math.min(Math.max(predicted, low[k]), high[k]);   // NaN stays NaN: the run-time check names it
        }
        double reward = mean[dimensions] * targetScale.std(dimensions) + targetScale.mean(dimensions);
        query.outcome(reward, termination > 0.5, false);
    }

    /** The elites' average means into {@link #mean}; returns their average probability of termination. */
    private double averageOfElites() {
        int[] elites = trainer.elites();
        java.util.Arrays.fill(sum, 0.0);
        double termination = 0;
        for (int e : elites) {
            termination += networks.predict(e, input, mean, logVariance);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += mean[j];
            }
        }
        for (int j = 0; j < sum.length; j++) {
            mean[j] = sum[j] / elites.length;
        }
        return termination / elites.length;
    }

    /**
     * The elites' disagreement about the next observation: the standard deviation across elites
     * of their predicted means, in the observation's own units, averaged over its dimensions.
     */
    @Override
    public double uncertainty(Transition query) {
        check(query);
        inputs.encode(query, input);
        int[] elites = trainer.elites();
        java.util.Arrays.fill(sum, 0.0);
        java.util.Arrays.fill(squares, 0.0);
        for (int e : elites) {
            networks.predictMean(e, input, mean);
            for (int k = 0; k < dimensions; k++) {
                double value = mean[k] * targetScale.std(k);
                sum[k] += value;
                squares[k] += value * value;
            }
        }
        double total = 0;
        for (int k = 0; k < dimensions; k++) {
            double average = sum[k] / elites.length;
            total += Math.sqrt(Math.max(0, squares[k] / elites.length - average * average));
        }
        return total / dimensions;
    }

    private void check(Transition query) {
        catchUp();
        if (trainings == 0) {
            throw new IllegalArgumentException("neural-ensemble is not trained yet (it trains after every "
                    + settings.trainEvery() + " real steps), so it cannot predict");
        }
    }

    /**
     * {@code neural-ensemble/2} for discrete actions; {@code neural-ensemble/3} for box actions,
     * which adds the action's dimensions to the sizes and keeps each action as its values.
     */
    @Override
    public String format() {
        return inputs.boxActions() ? "neural-ensemble/3" : "neural-ensemble/2";
    }

    @Override
    public boolean reads(String format) {
        return format.equals(format()) || !inputs.boxActions() && format.equals("neural-ensemble/1");
    }

    @Override
    public void write(DataOutput out) throws IOException {
        if (inputs.boxActions()) {
            SavedSizes.write(out, inputs.actionSize());
        }
        SavedSizes.write(out, dimensions, networks.members(), data.capacity(), networks.parameterCount());
        out.writeLong(observed);
        out.writeBoolean(due);
        out.writeInt(trainings);
        out.writeInt(lastEpochs);
        data.write(out);
        observationScale.write(out);
        targetScale.write(out);
        networks.write(out);
        trainer.write(out);
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        if (inputs.boxActions()) {
            SavedSizes.check(in, "neural ensemble", List.of("action dimensions"), inputs.actionSize());
        }
        SavedSizes.check(in, "neural ensemble", List.of("observation dimensions", "members", "transitions of capacity",
                "parameters per member"), dimensions, networks.members(), data.capacity(), networks.parameterCount());
        observed = in.readLong();
        due = in.readBoolean();
        trainings = in.readInt();
        lastEpochs = in.readInt();
        data.read(in);
        observationScale.read(in);
        targetScale.read(in);
        if (format.equals("neural-ensemble/1")) {
            SavedNetworksVersion1.read(in, networks);
        } else {
            networks.read(in);
        }
        trainer.read(in);
    }
}
