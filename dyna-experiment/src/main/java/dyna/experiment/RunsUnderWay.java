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

    /**
     * The episodes that ended last in the runs under way (each run's latest), averaged over those
     * runs, or null while none has ended an episode.
     */
    public LatestEpisodes latest() {
        int runs = 0;
        double steps = 0;
        double reward = 0;
        for (DynaAgent agent : running.values()) {
            dyna.api.run.EpisodeResult last = agent.lastEpisode();
            if (last != null) {
                runs++;
                steps += last.steps();
                reward += last.reward();
            }
        }
        return runs == 0 ? null : new LatestEpisodes(runs, steps / runs, reward / runs);
    }

    /**
     * The latest episodes of the runs under way.
     *
     * @param runs   how many runs have ended an episode
     * @param steps  the mean of their latest episode's steps
     * @param reward the mean of their latest episode's return (undiscounted sum of rewards)
     */
    public record LatestEpisodes(int runs, double steps, double reward) {

        /** As a progress line shows it: "last episode 143 steps, return -143.0" (a mean over runs when several). */
        public String describe() {
            return java.lang.String.format(java.util.Locale.ROOT, "last episode%s %s steps, return %s",
                    runs > 1 ? "s (mean of " + runs + " runs)" : "", runs > 1 ? round(steps, 1) : round(steps, 0),
                    round(reward, 2));
        }

        private static String round(double value, int decimals) {
            return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString();
        }
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
