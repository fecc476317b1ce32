package dyna.app.bench;

import com.sun.management.ThreadMXBean;
import dyna.api.provider.ComponentKind;
import dyna.experiment.stats.Samples;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.lang.management.ManagementFactory;

/**
 * Real steps per second of the book's Mountain Car agent (one-step semi-gradient Sarsa, linear
 * values over 8 tilings of tile coding, ε = 0, α = 0.5/8) through the framework's SPIs
 * (environment, features, values, update rule, policy, model and search control found by the
 * registry) and through a hand-written loop, alternated in rounds within one JVM; each round
 * learns from scratch for the same number of episodes on both sides.
 */
public final class LinearSarsaBenchmark {

    private static final int MAX_STEPS = 10_000;
    private static final int WARM_UP_ROUNDS = 2;

    private LinearSarsaBenchmark() {
    }

    /**
     * The figures of one run.
     *
     * @param frameworkStepsPerSecond real steps per second through the SPIs
     * @param baselineStepsPerSecond  real steps per second by the hand-written loop
     * @param ratio                   framework / baseline
     * @param bytesPerStep            heap bytes allocated per real step (framework), after the first round
     * @param episodes                episodes per round and side
     * @param rounds                  timed rounds per side; the median is reported
     */
    public record Result(double frameworkStepsPerSecond, double baselineStepsPerSecond, double ratio,
            double bytesPerStep, int episodes, int rounds) {
    }

    /** Runs the benchmark: {@code rounds} timed rounds per side after two warm-up rounds each. */
    public static Result run(ProviderRegistry registry, int episodes, int rounds) {
        AgentSpec spec = AgentSpec.dynaQ("mountain-car").with(ComponentKind.MODEL, "no-model")
                .with(ComponentKind.UPDATE_RULE, "sarsa").with(ComponentKind.VALUES, "linear")
                .with(ComponentKind.FEATURES, "tile-coding").with("epsilon", "0").with("gamma", "1")
                .with("alpha", "0.0625").with("planning-steps", "0").with("max-episode-steps", Integer.toString(MAX_STEPS));
        AgentFactory agents = AgentFactory.of(AgentConfiguration.resolve(registry, spec));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] framework = new double[rounds];
        double[] handWritten = new double[rounds];
        long bytes = 0;
        long measuredSteps = 0;
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            DynaAgent agent = agents.create(round + 100);
            HandWrittenMountainCarSarsa baseline = new HandWrittenMountainCarSarsa(0.0625, round + 100);
            long before = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            for (int e = 0; e < episodes; e++) {
                agent.runEpisode();
            }
            long t1 = System.nanoTime();
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            long baselineSteps = 0;
            long t2 = System.nanoTime();
            for (int e = 0; e < episodes; e++) {
                baselineSteps += baseline.episode(MAX_STEPS);
            }
            long t3 = System.nanoTime();
            if (round >= 0) {
                long steps = agent.counters().realSteps();
                framework[round] = steps / ((t1 - t0) / 1e9);
                handWritten[round] = baselineSteps / ((t3 - t2) / 1e9);
                bytes += allocated;
                measuredSteps += steps;
            }
        }
        double frameworkRate = Samples.median(framework);
        double baselineRate = Samples.median(handWritten);
        return new Result(frameworkRate, baselineRate, frameworkRate / baselineRate, (double) bytes / measuredSteps,
                episodes, rounds);
    }
}
