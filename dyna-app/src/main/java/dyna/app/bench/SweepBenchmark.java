package dyna.app.bench;

import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.StopCondition;
import dyna.experiment.stop.Episodes;
import dyna.experiment.stats.Samples;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.util.List;

/**
 * A sweep of many short runs (Dyna maze, planning-steps 5, 5 episodes each) through the
 * experiment runner with one thread and with all threads, and the same runs' episodes timed
 * alone in a plain loop: the speed-up from threads, and the share of a sweep's time spent
 * outside the agents' own steps (creating agents, scheduling, collecting results).
 */
public final class SweepBenchmark {

    /**
     * The figures.
     *
     * @param runs                 runs per sweep
     * @param threads              the threads of the parallel sweep
     * @param runsPerSecondOne     runs per second with one thread
     * @param runsPerSecondAll     runs per second with all threads
     * @param speedUp              all / one
     * @param overheadShare        1 - (time in the agents' episodes) / (one-thread sweep time); a
 *                             value near or below 0 means the overhead is within the noise
     */
    public record Result(int runs, int threads, double runsPerSecondOne, double runsPerSecondAll, double speedUp,
            double overheadShare) {
    }

    private SweepBenchmark() {
    }

    private static final int ROUNDS = 5;

    /** Runs the benchmark: a warm-up of each part, then the median of five rounds of each. */
    public static Result run(ProviderRegistry registry, int runs, int threads) throws InterruptedException {
        AgentConfiguration configuration = AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("dyna-maze").with("planning-steps", "5"));
        AgentFactory agents = AgentFactory.of(configuration);
        ExperimentPoint point = new ExperimentPoint(null, configuration, agents, 2026);
        StopCondition stop = new Episodes(5);
        List<ExperimentPoint> points = List.of(point);
        new ExperimentRunner(1).run(points, runs, stop, done -> { });
        new ExperimentRunner(threads).run(points, runs, stop, done -> { });
        episodesAlone(agents, runs);
        double[] one = new double[ROUNDS];
        double[] all = new double[ROUNDS];
        double[] alone = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            new ExperimentRunner(1).run(points, runs, stop, done -> { });
            one[round] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            new ExperimentRunner(threads).run(points, runs, stop, done -> { });
            all[round] = System.nanoTime() - t0;
            alone[round] = episodesAlone(agents, runs);
        }
        double perSecondOne = runs / (Samples.median(one) / 1e9);
        double perSecondAll = runs / (Samples.median(all) / 1e9);
        return new Result(runs, threads, perSecondOne, perSecondAll, perSecondAll / perSecondOne,
                1 - Samples.median(alone) / Samples.median(one));
    }

    /** Nanoseconds spent in the agents' episodes alone, agents created outside the timing. */
    private static long episodesAlone(AgentFactory agents, int runs) {
        long total = 0;
        for (int r = 0; r < runs; r++) {
            DynaAgent agent = agents.create(ExperimentRunner.runSeed(new ExperimentPoint(null, null, agents, 2026), r));
            long t0 = System.nanoTime();
            for (int e = 0; e < 5; e++) {
                agent.runEpisode();
            }
            total += System.nanoTime() - t0;
        }
        return total;
    }
}
