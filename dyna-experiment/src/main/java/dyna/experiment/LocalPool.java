package dyna.experiment;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Executes runs on a pool of local threads: the default {@link RunExecutor}. */
public final class LocalPool implements RunExecutor {

    private final int threads;
    private final RunHooks hooks;

    /** A pool of {@code threads} worker threads. */
    public LocalPool(int threads) {
        this(threads, RunHooks.NONE);
    }

    /** A pool of {@code threads} worker threads whose runs' agents are given to {@code hooks}. */
    public LocalPool(int threads, RunHooks hooks) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.hooks = hooks;
    }

    @Override
    public void execute(List<ExperimentPoint> points, StopCondition stop, List<RunCoordinates> pending,
            Outcomes outcomes) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dyna-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Workers take the next pending run from a counter: no queue operation per run, so
            // that thousands of short runs scale with the threads.
            AtomicInteger next = new AtomicInteger();
            Runnable worker = () -> {
                int i;
                while (!outcomes.stopping() && (i = next.getAndIncrement()) < pending.size()) {
                    RunCoordinates at = pending.get(i);
                    RunResult result = null;
                    try {
                        result = ExperimentRunner.run(points.get(at.point()), at.run(), stop, hooks);
                    } catch (OutOfMemoryError e) {
                        outcomes.fatal(e);
                    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                        outcomes.failed(RunFailure.of(at.point(), points.get(at.point()), at.run(), e));
                    }
                    if (result != null) {
                        outcomes.finished(at.point(), at.run(), result);
                    }
                }
            };
            for (int t = 0; t < Math.min(threads, Math.max(1, pending.size())); t++) {
                pool.execute(worker);
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // wait for the workers
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
