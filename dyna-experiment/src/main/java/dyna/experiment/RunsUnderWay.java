package dyna.experiment;

import dyna.core.agent.DynaAgent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs under way on this machine's threads, for a progress display: each run's agent from
 * its start to its end, read from another thread (counters only: reading them never changes or
 * slows a run). A run that failed leaves its thread's entry until the thread starts its next run.
 */
public final class RunsUnderWay implements RunHooks {

    private final Map<Thread, DynaAgent> running = new ConcurrentHashMap<>();

    @Override
    public void starting(ExperimentPoint point, int run, DynaAgent agent) {
        running.put(Thread.currentThread(), agent);
    }

    @Override
    public void finished(ExperimentPoint point, int run, DynaAgent agent) {
        running.remove(Thread.currentThread(), agent);
    }

    /** The runs under way, as a sum of the shares of each done so far (each below 1). */
    public double partial(StopCondition stop) {
        double sum = 0;
        for (DynaAgent agent : running.values()) {
            double share = stop.progress(agent.counters());
            sum += Double.isFinite(share) ? Math.max(0, Math.min(share, 0.999)) : 0;
        }
        return sum;
    }

    /** These hooks, then {@code after}'s. */
    public RunHooks before(RunHooks after) {
        RunsUnderWay self = this;
        return new RunHooks() {
            @Override
            public void starting(ExperimentPoint point, int run, DynaAgent agent) throws java.io.IOException {
                self.starting(point, run, agent);
                after.starting(point, run, agent);
            }

            @Override
            public void finished(ExperimentPoint point, int run, DynaAgent agent) throws java.io.IOException {
                after.finished(point, run, agent);
                self.finished(point, run, agent);
            }
        };
    }
}
