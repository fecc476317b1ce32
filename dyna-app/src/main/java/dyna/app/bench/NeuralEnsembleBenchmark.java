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
 * single samples (one random member, Gaussian noise), as planning draws them. Allocation is
 * counted by the thread's allocated bytes, after a warm-up.
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
     */
    public record Result(double msPerMemberStep, double trainingBytesPerStep, double predictionsPerSecond,
            double bytesPerPrediction, int members, int batches, int rounds) {

        /** Microseconds per single prediction. */
        public double microsecondsPerPrediction() {
            return 1e6 / predictionsPerSecond;
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
                .with("max-batches", Integer.toString(batches)).with("train-every", Integer.toString(TRANSITIONS));
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
        return new Result(Samples.median(trainingMs), (double) trainingBytes / ((long) rounds * batches * MEMBERS),
                Samples.median(rates), (double) predictionBytes / ((long) rounds * predictions), MEMBERS, batches,
                rounds);
    }
}
