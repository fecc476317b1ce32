package dyna.experiment;

import dyna.core.agent.DynaAgent;
import dyna.core.seed.Seeds;
import dyna.experiment.stream.RunStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.IntConsumer;

/**
 * Runs every (point, run) of an experiment on a {@link RunExecutor} (a pool of local threads by
 * default) and keeps the results in order. Each run is a pure function of its seed, which derives
 * from its point's seed and its index, so results depend neither on the number of threads or
 * machines nor on the order in which runs finish.
 */
public final class ExperimentRunner {

    private final RunExecutor executor;
    private final RunStream stream;

    /** A runner with {@code threads} local worker threads. */
    public ExperimentRunner(int threads) {
        this(new LocalPool(threads));
    }

    /** A runner whose runs execute on {@code executor} (the local pool or a cluster). */
    public ExperimentRunner(RunExecutor executor) {
        this(executor, RunStream.NONE);
    }

    /**
     * A runner whose runs execute on {@code executor}, each told to {@code stream} once as it
     * finishes (or is found finished in the journal). A stream that throws stops the sweep, as
     * a journal that cannot be written does.
     */
    public ExperimentRunner(RunExecutor executor, RunStream stream) {
        this.executor = executor;
        this.stream = stream;
    }

    /** The seed of run {@code index} (0-based) at a point. */
    public static long runSeed(ExperimentPoint point, int index) {
        return Seeds.derive(point.seed(), index);
    }

    /** The environment seed of run {@code index} (0-based) at a point. */
    public static long environmentSeed(ExperimentPoint point, int index) {
        return Seeds.derive(point.environmentSeed(), index);
    }

    /** One run: a fresh agent, run until the stop condition. */
    public static RunResult run(ExperimentPoint point, int index, StopCondition stop) {
        return run(point, index, stop, RunHooks.NONE);
    }

    /**
     * One run: a fresh agent, given to {@code hooks} before and after it runs until the stop
     * condition.
     *
     * @throws UncheckedIOException when a hook fails
     */
    public static RunResult run(ExperimentPoint point, int index, StopCondition stop, RunHooks hooks) {
        RunCost.Stopwatch clock = RunCost.start();
        DynaAgent agent = point.agents().create(runSeed(point, index), environmentSeed(point, index));
        try {
            hooks.starting(point, index, agent);
            RunResult result = stop.run(agent, point.configuration());
            hooks.finished(point, index, agent);
            return result.withCost(clock.stop());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * Runs {@code runs} runs of each point.
     *
     * @param progress told the number of runs finished after each one
     */
    public SweepResults run(List<ExperimentPoint> points, int runs, StopCondition stop, IntConsumer progress)
            throws InterruptedException {
        return run(points, runs, stop, progress, null);
    }

    /**
     * Runs {@code runs} runs of each point, taking the runs the journal already holds from it
     * and recording every run finished here in it. A run that fails is reported, not retried,
     * and the others go on; only running out of memory stops the sweep.
     *
     * @param journal  where finished runs are kept, or null for none
     * @param progress told the number of runs finished (or found in the journal) after each one
     */
    public SweepResults run(List<ExperimentPoint> points, int runs, StopCondition stop, IntConsumer progress,
            RunJournal journal) throws InterruptedException {
        return run(points, runs, stop, progress, journal, (point, run) -> true);
    }

    /**
     * Runs the runs of each point that {@code mine} accepts (a shard's), as {@link #run(List, int,
     * StopCondition, IntConsumer, RunJournal)} does; the others are left null in the results.
     *
     * @param mine whether run {@code run} (0-based) of a point is to be run here
     */
    public SweepResults run(List<ExperimentPoint> points, int runs, StopCondition stop, IntConsumer progress,
            RunJournal journal, BiPredicate<ExperimentPoint, Integer> mine) throws InterruptedException {
        RunResult[][] results = new RunResult[points.size()][runs];
        int before = 0;
        if (journal != null) {
            for (int p = 0; p < points.size(); p++) {
                for (int r = 0; r < runs; r++) {
                    RunResult done = journal.finished(points.get(p), r).orElse(null);
                    if (done != null) {
                        results[p][r] = done;
                        before++;
                        tell(points.get(p), r, done);
                    }
                }
            }
        }
        int already = before;
        List<RunCoordinates> pending = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < runs; r++) {
                if (results[p][r] == null && mine.test(points.get(p), r)) {
                    pending.add(new RunCoordinates(p, r));
                }
            }
        }
        List<RunFailure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        boolean[][] ended = new boolean[points.size()][runs];
        int[] done = {0};
        progress.accept(already);
        executor.execute(points, stop, pending, new RunExecutor.Outcomes() {
            @Override
            public boolean stopping() {
                return fatal.get() != null;
            }

            @Override
            public void finished(int point, int run, RunResult result) {
                try {
                    if (journal != null) {
                        journal.record(points.get(point), run, result);
                    }
                    boolean first;
                    synchronized (ended) {
                        first = !ended[point][run];
                        results[point][run] = result;
                        count(point, run);
                    }
                    if (first) {
                        tell(points.get(point), run, result);
                    }
                } catch (RuntimeException e) {
                    fatal.compareAndSet(null, e);   // the journal cannot be written (disk full): stop
                }
            }

            @Override
            public void failed(RunFailure failure) {
                synchronized (ended) {
                    if (results[failure.point()][failure.run()] == null && !ended[failure.point()][failure.run()]) {
                        failures.add(failure);
                    }
                    count(failure.point(), failure.run());
                }
            }

            @Override
            public void fatal(Throwable error) {
                fatal.compareAndSet(null, error);
            }

            /** Counts a run once, however often it is told (a run executed again elsewhere). */
            private void count(int point, int run) {
                if (!ended[point][run]) {
                    ended[point][run] = true;
                    progress.accept(already + ++done[0]);
                }
            }
        });
        if (fatal.get() instanceof Error error) {
            throw error;
        }
        if (fatal.get() instanceof RuntimeException exception) {
            throw exception;
        }
        List<RunFailure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparingInt(RunFailure::point).thenComparingInt(RunFailure::run));
        return new SweepResults(results, sorted);
    }

    private void tell(ExperimentPoint point, int run, RunResult result) {
        try {
            stream.finished(point, run, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
