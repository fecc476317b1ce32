package dyna.app.bench;

import com.sun.management.ThreadMXBean;
import dyna.api.env.Environment;
import dyna.api.env.Simulator;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.provider.ComponentKind;
import dyna.experiment.stats.Samples;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

/**
 * The speed of {@code neural-ensemble} on CartPole's observations, through the model SPI as an
 * agent uses it: 5 members of 2x64 SiLU layers, minibatches of 256. Training: a retraining of
 * exactly {@code batches} minibatch steps per member (no validation split, so no early stop)
 * on 10,000 transitions of random play, timed and divided by the steps of all members. Prediction:
 * single samples (one random member, Gaussian noise), as planning draws them. Each round replaces
 * the 10,000 transitions with new ones (the model keeps 10,000). Allocation is
 * counted by the thread's allocated bytes, after a warm-up. Beside it, in the same run, the same
 * networks written by hand ({@link HandWrittenGaussianNetwork}, the model's code before {@code
 * dyna-nn}): a minibatch step of each member in turn on rows drawn from the same number of
 * standardised transitions, and single predictions with the same standardisation and noise.
 */
public final class NeuralEnsembleBenchmark {

    private static final int MEMBERS = 5;
    private static final int TRANSITIONS = 10_000;

    private NeuralEnsembleBenchmark() {
    }

    /**
     * The figures of one run.
     *
     * @param msPerMemberStep        milliseconds per minibatch step of one member (median of rounds)
     * @param trainingBytesPerStep   heap bytes allocated per member step, after warm-up
     * @param predictionsPerSecond   single predictions per second (median of rounds)
     * @param bytesPerPrediction     heap bytes allocated per prediction, after warm-up
     * @param members                members in the ensemble
     * @param batches                minibatch steps per member per timed retraining
     * @param rounds                 timed rounds
     * @param handMsPerMemberStep    the same for the hand-written networks
     * @param handPredictionsPerSecond the same for the hand-written networks
     */
    public record Result(double msPerMemberStep, double trainingBytesPerStep, double predictionsPerSecond,
            double bytesPerPrediction, int members, int batches, int rounds, double handMsPerMemberStep,
            double handPredictionsPerSecond) {

        /** Microseconds per single prediction. */
        public double microsecondsPerPrediction() {
            return 1e6 / predictionsPerSecond;
        }

        /** The model's training speed over the hand-written networks' (above 1: faster). */
        public double trainingRatio() {
            return handMsPerMemberStep / msPerMemberStep;
        }

        /** The model's prediction speed over the hand-written networks'. */
        public double predictionRatio() {
            return predictionsPerSecond / handPredictionsPerSecond;
        }
    }

    /** Runs the benchmark: {@code rounds} timed retrainings and rounds of {@code predictions} predictions, after one of each to warm up. */
    public static Result run(ProviderRegistry registry, int batches, int predictions, int rounds) {
        AgentSpec spec = AgentSpec.dynaQ("cart-pole").with(ComponentKind.MODEL, "neural-ensemble")
                .with(ComponentKind.PLANNER, "branched-rollouts").with(ComponentKind.UPDATE_RULE, "sarsa")
                .with(ComponentKind.VALUES, "linear").with(ComponentKind.FEATURES, "tile-coding")
                .with("bounds", "-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5").with("planning-steps", "0")
                .with("members", Integer.toString(MEMBERS)).with("layers", "2").with("width", "64")
                .with("batch", "256").with("validation", "0").with("max-epochs", "100000")
                .with("max-batches", Integer.toString(batches)).with("train-every", Integer.toString(TRANSITIONS))
                .with("capacity", Integer.toString(TRANSITIONS));
        var agent = AgentFactory.of(AgentConfiguration.resolve(registry, spec)).create(1);
        Model model = agent.model();
        Environment environment = agent.environment();
        Simulator simulator = environment.simulator().orElseThrow();
        SplittableRandom random = new SplittableRandom(7);
        Transition transition = new Transition(4);
        Step step = new Step(4);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] trainingMs = new double[rounds];
        double[] rates = new double[rounds];
        long trainingBytes = 0;
        long predictionBytes = 0;
        for (int round = -1; round < rounds; round++) {
            environment.reset(round + 10L, step);
            for (int i = 0; i < TRANSITIONS; i++) {
                if (step.done()) {
                    environment.reset(step);
                }
                transition.start(step.observation(), random.nextInt(2));
                simulator.simulate(transition.observation(), transition.action(), random, step);
                transition.outcome(step);
                model.observe(transition);
            }
            transition.start(step.observation(), 0);
            long before = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            model.sample(transition);      // trains first: the retraining is due
            long t1 = System.nanoTime();
            long trained = threads.getCurrentThreadAllocatedBytes() - before;
            long beforePredictions = threads.getCurrentThreadAllocatedBytes();
            long t2 = System.nanoTime();
            for (int i = 0; i < predictions; i++) {
                transition.start(transition.observation(), i & 1);
                model.sample(transition);
            }
            long t3 = System.nanoTime();
            long predicted = threads.getCurrentThreadAllocatedBytes() - beforePredictions;
            if (round >= 0) {
                trainingMs[round] = (t1 - t0) / 1e6 / ((double) batches * MEMBERS);
                rates[round] = predictions / ((t3 - t2) / 1e9);
                trainingBytes += trained;
                predictionBytes += predicted;
            }
        }
        double[] hand = handWritten(batches, predictions, rounds);
        return new Result(Samples.median(trainingMs), (double) trainingBytes / ((long) rounds * batches * MEMBERS),
                Samples.median(rates), (double) predictionBytes / ((long) rounds * predictions), MEMBERS, batches,
                rounds, hand[0], hand[1]);
    }

    /** The hand-written networks' median ms per member step and predictions per second. */
    private static double[] handWritten(int batches, int predictions, int rounds) {
        int inputs = 6;   // 4 standardised observations and the action one-hot
        int targets = 5;
        int batch = 256;
        SplittableRandom random = new SplittableRandom(7);
        HandWrittenGaussianNetwork[] members = new HandWrittenGaussianNetwork[MEMBERS];
        for (int m = 0; m < MEMBERS; m++) {
            members[m] = new HandWrittenGaussianNetwork(inputs, new int[] {64, 64}, targets, batch, 1e-3, 5e-5, random);
        }
        double[] x = new double[TRANSITIONS * inputs];
        double[] y = new double[TRANSITIONS * targets];
        double[] terminated = new double[TRANSITIONS];
        for (int i = 0; i < TRANSITIONS; i++) {
            for (int k = 0; k < 4; k++) {
                x[i * inputs + k] = random.nextGaussian();
            }
            x[i * inputs + 4 + random.nextInt(2)] = 1;
            for (int k = 0; k < targets; k++) {
                y[i * targets + k] = random.nextGaussian();
            }
            terminated[i] = random.nextInt(20) == 0 ? 1 : 0;
        }
        double[] bx = new double[batch * inputs];
        double[] by = new double[batch * targets];
        double[] bt = new double[batch];
        double[] observationMean = {0.01, -0.02, 0.03, 0.01};
        double[] observationStd = {0.9, 1.1, 0.12, 1.3};
        double[] targetMean = {0.001, -0.002, 0.003, 0.001, 1};
        double[] targetStd = {0.05, 0.3, 0.01, 0.4, 0.1};
        int[] elites = {0, 1, 2, 3, 4};
        Transition query = new Transition(4).start(new double[] {0.01, -0.02, 0.03, 0.01}, 0);
        double[] input = new double[inputs];
        double[] mean = new double[targets];
        double[] logVariance = new double[targets];
        double[] trainingMs = new double[rounds];
        double[] rates = new double[rounds];
        double sink = 0;
        for (int round = -1; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (int step = 0; step < batches; step++) {
                for (HandWrittenGaussianNetwork member : members) {
                    for (int r = 0; r < batch; r++) {
                        int i = random.nextInt(TRANSITIONS);
                        System.arraycopy(x, i * inputs, bx, r * inputs, inputs);
                        System.arraycopy(y, i * targets, by, r * targets, targets);
                        bt[r] = terminated[i];
                    }
                    sink += member.train(bx, by, bt, batch);
                }
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < predictions; i++) {   // as NeuralEnsemble.sample predicts, through a Transition
                query.start(query.observation(), i & 1);
                double[] o = query.observation();
                for (int k = 0; k < 4; k++) {
                    input[k] = (o[k] - observationMean[k]) / observationStd[k];
                }
                input[4] = query.action() == 0 ? 1 : 0;
                input[5] = query.action() == 1 ? 1 : 0;
                double p = members[elites[random.nextInt(elites.length)]].predict(input, mean, logVariance);
                for (int k = 0; k < targets; k++) {
                    mean[k] += Math.exp(0.5 * logVariance[k]) * random.nextGaussian();
                }
                double[] next = query.nextObservation();
                for (int k = 0; k < 4; k++) {
                    next[k] = o[k] + mean[k] * targetStd[k] + targetMean[k];
                }
                query.outcome(mean[4] * targetStd[4] + targetMean[4], p > 0.5, false);
                sink += query.reward();
            }
            long t2 = System.nanoTime();
            if (round >= 0) {
                trainingMs[round] = (t1 - t0) / 1e6 / ((double) batches * MEMBERS);
                rates[round] = predictions / ((t2 - t1) / 1e9);
            }
        }
        if (sink == 42.4242) {   // keeps the JIT from dropping the work
            System.out.print("");
        }
        return new double[] {Samples.median(trainingMs), Samples.median(rates)};
    }
}
