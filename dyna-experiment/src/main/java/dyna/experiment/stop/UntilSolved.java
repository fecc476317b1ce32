package dyna.experiment.stop;

import dyna.experiment.ChartOptions;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import dyna.experiment.WrittenResults;
import dyna.experiment.output.RealStepsUntilSolved;
import dyna.experiment.output.SummaryCsv;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stop at the end of the first episode at which the mean return of the last {@code window}
 * episodes reaches {@code threshold} (Gymnasium's "solved": CartPole-v1 at 475 over 100
 * episodes, Acrobot-v1 at −100); or, not reached, at the end of the episode in which real steps
 * reach {@code maxSteps}. Measures the real steps spent (sample efficiency), and writes
 * {@code solved.csv} and {@code solved.png}. Each run also keeps its episodes' returns and steps
 * (the first {@value #EPISODES_KEPT}), which TensorBoard and the JSON lines draw as its learning
 * curve; they are not summarised.
 *
 * @param threshold the mean return that counts as solved
 * @param window    how many of the latest episodes the mean is over, 1 to {@value #MAX_WINDOW} and
 *                  at most {@code maxSteps}
 * @param maxSteps  the real steps after which a run gives up, at least 1
 */
public record UntilSolved(double threshold, int window, long maxSteps) implements StopCondition {

    /** Real steps until solved (the cap for runs that were not); one value per run. */
    public static final Measure REAL_STEPS = new Measure("real_steps", "", true);
    /** Whether the run was solved within the cap: 1 or 0; one value per run. */
    public static final String REACHED = "reached";
    /** The longest window. */
    public static final int MAX_WINDOW = 100_000;
    /** The window when none is given. */
    public static final int DEFAULT_WINDOW = 100;
    /** The cap on real steps when none is given. */
    public static final long DEFAULT_MAX_STEPS = 1_000_000;
    /**
     * The most episodes whose return and steps a run keeps (for TensorBoard and the JSON lines,
     * which draw them as a learning curve); a run that goes on keeps the first ones.
     */
    public static final int EPISODES_KEPT = 10_000;

    /** Checks the settings. */
    public UntilSolved {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("return must be a finite number, not " + threshold);
        }
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be a whole number in [1, " + MAX_WINDOW + "], not " + window);
        }
        StopConditions.atLeastOne("max-steps", maxSteps);
        if (window > maxSteps) {
            throw new IllegalArgumentException("window " + window + " can never be filled within max-steps " + maxSteps
                    + " (an episode takes at least one real step); give a window of at most max-steps");
        }
    }

    @Override
    public String key() {
        return "until-solved";
    }

    @Override
    public Object settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("return", threshold);
        settings.put("window", window);
        settings.put("max-steps", maxSteps);
        return settings;
    }

    /** Real steps done of the cap, {@code maxSteps}. */
    @Override
    public double progress(dyna.core.agent.AgentCounters done) {
        return Math.min(1, done.realSteps() / (double) maxSteps);
    }

    @Override
    public long bytesPerRun() {
        return 16 + 16L * Math.min(maxSteps, EPISODES_KEPT);
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        // Grown as episodes come, so that a window a run never fills costs no memory up front.
        double[] latest = new double[Math.min(window, 1024)];
        double[] returns = new double[64];
        double[] steps = new double[64];
        long episodes = 0;
        boolean reached = false;
        while (!reached && agent.counters().realSteps() < maxSteps) {
            dyna.api.run.EpisodeResult episode = agent.runEpisode();
            double reward = episode.reward();
            if (episodes < EPISODES_KEPT) {
                if (episodes == returns.length) {
                    int grown = (int) Math.min(EPISODES_KEPT, 2L * returns.length);
                    returns = java.util.Arrays.copyOf(returns, grown);
                    steps = java.util.Arrays.copyOf(steps, grown);
                }
                returns[(int) episodes] = reward;
                steps[(int) episodes] = episode.steps();
            }
            if (episodes < window && episodes == latest.length) {
                latest = java.util.Arrays.copyOf(latest, (int) Math.min(window, 2L * latest.length));
            }
            int slot = (int) (episodes % window);
            latest[slot] = reward;
            episodes++;
            reached = episodes >= window && mean(latest) >= threshold;
        }
        int kept = (int) Math.min(episodes, EPISODES_KEPT);
        return new RunResult(Map.of(REAL_STEPS.name(), new double[] {agent.counters().realSteps()},
                REACHED, new double[] {reached ? 1 : 0}, Episodes.RETURN.name(), java.util.Arrays.copyOf(returns, kept),
                Episodes.STEPS.name(), java.util.Arrays.copyOf(steps, kept)), agent.counters());
    }

    /** The mean of the window, summed afresh so that rounding never drifts across a long run. */
    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    @Override
    public List<Measure> measures() {
        return List.of(REAL_STEPS);
    }

    @Override
    public WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment,
            long seed, ChartOptions chart) throws IOException {
        RealStepsUntilSolved.writeCsv(directory.resolve("solved.csv"), table);
        SummaryCsv.write(directory.resolve("summary.csv"), table, measures, new double[1]);
        Optional<String> drawn = RealStepsUntilSolved.writeChart(directory.resolve("solved.png"), table,
                environment + ": real steps until solved", chart.logY());
        return new WrittenResults("solved.csv", "solved.png", String.format(java.util.Locale.ROOT,
                "Real steps until the mean return of %d episodes reaches %s (at most %d) over %d runs (%s, seed %d)%n",
                window, RealStepsUntilSolved.number(threshold), maxSteps, table.runs(), environment, seed)
                + RealStepsUntilSolved.summary(table, maxSteps), drawn.stream().toList());
    }
}
