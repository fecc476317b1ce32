package dyna.app.bench;

import com.sun.management.ThreadMXBean;
import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import dyna.api.provider.ComponentKind;
import dyna.experiment.stats.Samples;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.lang.management.ManagementFactory;

/**
 * Linear Dyna planning updates per second on Mountain Car (8 tilings of tile coding, the
 * {@code linear-expectation} model learned by LMS, planner {@code linear-dyna} on
 * {@code unit-features}, Q-learning on linear values) through the framework's SPIs and through
 * a hand-written loop over plain arrays ({@link HandWrittenLinearDyna}), alternated in rounds
 * within one JVM. Both plan with the same learned model: the baseline's sparse columns are read
 * out of the framework's model before timing.
 */
public final class LinearDynaBenchmark {

    private static final int LEARNING_EPISODES = 20;
    private static final double ALPHA = 0.5 / 8;

    private LinearDynaBenchmark() {
    }

    /**
     * The figures of one run.
     *
     * @param frameworkUpdatesPerSecond planning updates per second through the SPIs
     * @param baselineUpdatesPerSecond  planning updates per second by the hand-written loop
     * @param ratio                     framework / baseline
     * @param bytesPerUpdate            heap bytes allocated per planning update (framework)
     * @param pairs                     (feature, action) pairs planning draws from
     * @param meanColumnNonZeros        mean non-zeros of the model's columns F^a e_i over those pairs
     * @param updates                   updates per round and side
     * @param rounds                    timed rounds per side; the median is reported
     */
    public record Result(double frameworkUpdatesPerSecond, double baselineUpdatesPerSecond, double ratio,
            double bytesPerUpdate, int pairs, double meanColumnNonZeros, long updates, int rounds) {
    }

    /** Runs the benchmark: {@code rounds} timed rounds per side after one warm-up round each. */
    public static Result run(ProviderRegistry registry, int updates, int rounds) {
        AgentSpec spec = AgentSpec.dynaQ("mountain-car").with(ComponentKind.MODEL, "linear-expectation")
                .with(ComponentKind.PLANNER, "linear-dyna").with(ComponentKind.SEARCH_CONTROL, "unit-features")
                .with(ComponentKind.UPDATE_RULE, "q-learning").with(ComponentKind.VALUES, "linear")
                .with(ComponentKind.FEATURES, "tile-coding").with("tilings", "8").with("epsilon", "0")
                .with("gamma", "1").with("alpha", Double.toString(ALPHA)).with("model-alpha", Double.toString(0.1 / 8))
                .with("planning-steps", "5").with("max-episode-steps", "10000");
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(registry, spec)).create(7);
        for (int e = 0; e < LEARNING_EPISODES; e++) {
            agent.runEpisode();
        }
        Copy copy = copy((ExpectationModel) agent.model(), agent.values().actions());
        HandWrittenLinearDyna baseline = copy.baseline();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] framework = new double[rounds];
        double[] handWritten = new double[rounds];
        long frameworkBytes = 0;
        for (int round = -1; round < rounds; round++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            agent.planner().plan(updates);
            long t1 = System.nanoTime();
            if (round >= 0) {
                frameworkBytes += threads.getCurrentThreadAllocatedBytes() - bytes;
            }
            baseline.plan(updates);
            long t2 = System.nanoTime();
            if (round >= 0) {
                framework[round] = updates / ((t1 - t0) / 1e9);
                handWritten[round] = updates / ((t2 - t1) / 1e9);
            }
        }
        if (Double.isNaN(baseline.checksum())) {
            throw new IllegalStateException("values diverged");
        }
        double frameworkRate = Samples.median(framework);
        double baselineRate = Samples.median(handWritten);
        return new Result(frameworkRate, baselineRate, frameworkRate / baselineRate,
                (double) frameworkBytes / ((long) updates * rounds), copy.pairs(), copy.meanColumnNonZeros(), updates, rounds);
    }

    /** The baseline and what it was given. */
    private record Copy(HandWrittenLinearDyna baseline, int pairs, double meanColumnNonZeros) {
    }

    /** Reads F^a e_i and b^a_i of every pair the model has learned about into plain arrays. */
    private static Copy copy(ExpectationModel model, int actions) {
        int n = model.featureCount();
        int[][][] index = new int[actions][n][];
        double[][][] value = new double[actions][n][];
        double[][] b = new double[actions][n];
        int[] pairs = new int[n * actions];
        int count = 0;
        long nonZeros = 0;
        Transition query = new Transition(0, n);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < actions; a++) {
                query.start(0, a).features().oneHot(i);
                model.expect(query);
                FeatureVector column = query.nextFeatures();
                index[a][i] = new int[column.count()];
                value[a][i] = new double[column.count()];
                for (int k = 0; k < column.count(); k++) {
                    index[a][i][k] = column.index(k);
                    value[a][i][k] = column.value(k);
                }
                b[a][i] = query.reward();
                if (column.count() > 0 || query.reward() != 0) {
                    pairs[count++] = i * actions + a;
                    nonZeros += column.count();
                }
            }
        }
        return new Copy(new HandWrittenLinearDyna(index, value, b, java.util.Arrays.copyOf(pairs, count), ALPHA, 1.0, 11),
                count, (double) nonZeros / count);
    }
}
