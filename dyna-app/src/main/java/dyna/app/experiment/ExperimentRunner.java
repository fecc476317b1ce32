package dyna.app.experiment;

import dyna.core.seed.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.IntConsumer;

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

    /** The environment seed of run {@code index} (0-based) at a point. */
    public static long environmentSeed(ExperimentPoint point, int index) {
        return Seeds.derive(point.environmentSeed(), index);
    }

    /** One run: a fresh agent, run until the stop condition. */
    public static RunResult run(ExperimentPoint point, int index, StopCondition stop) {
        return stop.run(point.agents().create(runSeed(point, index), environmentSeed(point, index)),
                point.configuration());
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
                    }
                }
            }
        }
        int already = before;
        List<int[]> pending = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < runs; r++) {
                if (results[p][r] == null && mine.test(points.get(p), r)) {
                    pending.add(new int[] {p, r});
                }
            }
        }
        List<RunFailure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dyna-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Workers take the next pending run from a counter: no queue operation per run, so
            // that thousands of short runs scale with the threads.
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            Runnable worker = () -> {
                int i;
                while (fatal.get() == null && (i = next.getAndIncrement()) < pending.size()) {
                    int pi = pending.get(i)[0];
                    int ri = pending.get(i)[1];
                    RunResult result = null;
                    try {
                        result = run(points.get(pi), ri, stop);
                    } catch (OutOfMemoryError e) {
                        fatal.compareAndSet(null, e);
                    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                        failures.add(RunFailure.of(pi, points.get(pi), ri, e));
                    }
                    if (result != null) {
                        try {
                            if (journal != null) {
                                journal.record(points.get(pi), ri, result);
                            }
                            results[pi][ri] = result;
                        } catch (RuntimeException e) {
                            fatal.compareAndSet(null, e);   // the journal cannot be written (disk full): stop
                        }
                    }
                    done.incrementAndGet();
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
            if (fatal.get() instanceof Error error) {
                throw error;
            }
            if (fatal.get() instanceof RuntimeException exception) {
                throw exception;
            }
        } finally {
            pool.shutdownNow();
        }
        List<RunFailure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparingInt(RunFailure::point).thenComparingInt(RunFailure::run));
        return new SweepResults(results, sorted);
    }
}
