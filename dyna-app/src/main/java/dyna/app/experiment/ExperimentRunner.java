package dyna.app.experiment;

import dyna.api.env.Environment;
import dyna.api.env.TransitionTable;
import dyna.api.provider.ComponentKind;
import dyna.core.agent.AgentCounters;
import dyna.core.agent.DynaAgent;
import dyna.core.agent.EpisodeResult;
import dyna.core.analysis.PolicyEvaluator;
import dyna.core.analysis.TabularAnalysis;
import dyna.core.seed.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Runs every (point, run) of an experiment on a pool of threads. Each run is a pure function of
 * its seed, which derives from its point's seed and its index, so results do not depend on the
 * number of threads or on the order in which runs finish.
 */
public final class ExperimentRunner {

    private final int threads;

    /** A runner with {@code threads} worker threads. */
    public ExperimentRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /** The seed of run {@code index} (0-based) at a point. */
    public static long runSeed(ExperimentPoint point, int index) {
        return Seeds.derive(point.seed(), index);
    }

    /** One run: a fresh agent, run until the stop condition. */
    public static RunResult run(ExperimentPoint point, int index, StopCondition stop) {
        DynaAgent agent = point.agents().create(runSeed(point, index));
        if (stop instanceof StopCondition.Steps steps) {
            double[] rewards = agent.runSteps(steps.count());
            return new RunResult(new int[0], new double[0], rewards, true, new double[0], agent.counters());
        }
        if (stop instanceof StopCondition.UntilOptimal until) {
            return untilOptimal(agent, until);
        }
        if (stop instanceof StopCondition.PlanningOnly planning) {
            return planningOnly(agent, planning, discount(point));
        }
        int episodes = stop.count();
        int[] lengths = new int[episodes];
        double[] returns = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            EpisodeResult result = agent.runEpisode();
            lengths[e] = result.steps();
            returns[e] = result.reward();
        }
        return new RunResult(lengths, returns, new double[0], true, new double[0], agent.counters());
    }

    /** The path length within which a greedy policy counts as optimal, or an error saying why there is none. */
    public static int pathLimit(Environment environment, double pathFactor) {
        TransitionTable table = environment.transitionTable().orElseThrow(() -> new IllegalArgumentException(
                "running until optimal needs an environment that gives its transition table"));
        int shortest = TabularAnalysis.shortestPath(table);
        if (shortest < 0) {
            throw new IllegalArgumentException("running until optimal needs a reachable goal; this environment has none");
        }
        return (int) Math.floor(pathFactor * shortest + 1e-9);
    }

    /** The discount of the run's update rule ({@code gamma}), or 1 if it declares none. */
    private static double discount(ExperimentPoint point) {
        Object gamma = point.configuration().component(ComponentKind.UPDATE_RULE).parameters().asMap().get("gamma");
        return gamma instanceof Number number ? number.doubleValue() : 1.0;
    }

    /** The start state of an environment that gives its transition table, or an error saying why there is none. */
    public static int startState(Environment environment) {
        TransitionTable table = environment.transitionTable().orElseThrow(() -> new IllegalArgumentException(
                "pure planning runs need an environment that gives its transition table"));
        int start = 0;
        for (int s = 1; s < table.stateCount(); s++) {
            if (table.initialProbability(s) > table.initialProbability(start)) {
                start = s;
            }
        }
        return start;
    }

    private static RunResult planningOnly(DynaAgent agent, StopCondition.PlanningOnly planning, double gamma) {
        int start = startState(agent.environment());
        PolicyEvaluator evaluator = new PolicyEvaluator(agent.environment().transitionTable().orElseThrow());
        double[] values = new double[planning.checkpoints() + 1];
        values[0] = evaluator.greedyValue(agent.values(), start, gamma, 1e-9);
        for (int k = 1; k <= planning.checkpoints(); k++) {
            agent.planner().plan(start, 0, planning.updatesAt(k) - planning.updatesAt(k - 1));
            values[k] = evaluator.greedyValue(agent.values(), start, gamma, 1e-9);
        }
        return new RunResult(new int[0], new double[0], new double[0], true, values, agent.counters());
    }

    private static RunResult untilOptimal(DynaAgent agent, StopCondition.UntilOptimal until) {
        int limit = pathLimit(agent.environment(), until.pathFactor());
        TransitionTable table = agent.environment().transitionTable().orElseThrow();
        IntStream.Builder lengths = IntStream.builder();
        DoubleStream.Builder returns = DoubleStream.builder();
        boolean reached = false;
        while (!reached) {
            EpisodeResult result = agent.runEpisode();
            lengths.add(result.steps());
            returns.add(result.reward());
            reached = TabularAnalysis.greedyPathLength(table, agent.values(), limit) > 0;
            AgentCounters counters = agent.counters();
            if (counters.realSteps() + counters.planningUpdates() >= until.maxUpdates()) {
                break;
            }
        }
        return new RunResult(lengths.build().toArray(), returns.build().toArray(), new double[0], reached,
                new double[0], agent.counters());
    }

    /**
     * Runs {@code runs} runs of each point.
     *
     * @param progress told the number of runs finished after each one
     * @return results indexed [point][run]
     */
    public RunResult[][] run(List<ExperimentPoint> points, int runs, StopCondition stop, IntConsumer progress)
            throws InterruptedException {
        return run(points, runs, stop, progress, null);
    }

    /**
     * Runs {@code runs} runs of each point, taking the runs the journal already holds from it
     * and recording every run finished here in it.
     *
     * @param journal where finished runs are kept, or null for none
     * @param progress told the number of runs finished (or found in the journal) after each one
     * @return results indexed [point][run]
     */
    public RunResult[][] run(List<ExperimentPoint> points, int runs, StopCondition stop, IntConsumer progress,
            RunJournal journal) throws InterruptedException {
        RunResult[][] results = new RunResult[points.size()][runs];
        int before = 0;
        if (journal != null) {
            for (int p = 0; p < points.size(); p++) {
                for (int r = 0; r < runs; r++) {
                    RunResult done = journal.finished(points.get(p), r).orElse(null);
                    if (done != null) {
                        results[p][r] = done;
                        before++;
                    }
                }
            }
        }
        int already = before;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dyna-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<int[]> pending = new ArrayList<>();
            for (int p = 0; p < points.size(); p++) {
                for (int r = 0; r < runs; r++) {
                    if (results[p][r] == null) {
                        pending.add(new int[] {p, r});
                    }
                }
            }
            // Workers take the next pending run from a counter: no queue operation per run, so
            // that thousands of short runs scale with the threads.
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Runnable worker = () -> {
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < pending.size()) {
                    int pi = pending.get(i)[0];
                    int ri = pending.get(i)[1];
                    try {
                        RunResult result = run(points.get(pi), ri, stop);
                        if (journal != null) {
                            journal.record(points.get(pi), ri, result);
                        }
                        results[pi][ri] = result;
                        done.incrementAndGet();
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }
            };
            for (int t = 0; t < Math.min(threads, Math.max(1, pending.size())); t++) {
                pool.execute(worker);
            }
            pool.shutdown();
            progress.accept(already);
            while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                progress.accept(already + done.get());
            }
            progress.accept(already + done.get());
            Throwable cause = failure.get();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }
}
