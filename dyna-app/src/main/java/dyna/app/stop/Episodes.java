package dyna.app.stop;

import dyna.api.env.TransitionTable;
import dyna.api.run.EpisodeResult;
import dyna.app.experiment.ChartOptions;
import dyna.app.experiment.Measure;
import dyna.app.experiment.ResultTable;
import dyna.app.experiment.RunResult;
import dyna.app.experiment.StopCondition;
import dyna.app.experiment.WrittenResults;
import dyna.app.output.Csv;
import dyna.app.output.LineChart;
import dyna.app.output.SummaryCsv;
import dyna.app.output.SummaryTable;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.ValueError;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stop after {@code count} episodes; measures each episode's steps and return (and, when asked
 * for, its value error), and writes {@code episodes.csv} and {@code episodes.png}.
 *
 * @param count      at least 1
 * @param valueError whether each episode's value error is measured ({@code metrics: [value_error]})
 */
public record Episodes(int count, boolean valueError) implements StopCondition {

    /** Real steps of each episode, against the episode. */
    public static final Measure STEPS = new Measure("steps", "episode");
    /** The return (undiscounted sum of rewards) of each episode, against the episode. */
    public static final Measure RETURN = new Measure("return", "episode");
    /**
     * 1 for an episode cut short (by {@code max-episode-steps} or the environment's time limit)
     * before reaching a terminal state, else 0: a column of {@code episodes.csv}, counted in the
     * printed summary, never summarised as a mean.
     */
    public static final Measure TRUNCATED = new Measure("truncated", "episode");

    /**
     * After each episode, the RMSE of max_a Q(s, a) against the true V*(s) over the states of the
     * environment's transition table ({@link ValueError}), for environments that give one with at
     * most {@link #VALUE_ERROR_PAIRS} state-action pairs (the truth is recomputed each episode, so
     * that it follows a world that changes); NaN for others.
     */
    public static final Measure VALUE_ERROR = new Measure("value_error", "episode");
    /** The largest table whose value error is measured. */
    public static final int VALUE_ERROR_PAIRS = 5_000;

    /** Checks the count. */
    public Episodes {
        StopConditions.atLeastOne("episodes", count);
    }

    /** Stop after {@code count} episodes, measuring steps and return. */
    public Episodes(int count) {
        this(count, false);
    }

    @Override
    public String key() {
        return "episodes";
    }

    @Override
    public Object settings() {
        if (!valueError) {
            return count;
        }
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("count", count);
        settings.put("value-error", true);
        return settings;
    }

    @Override
    public List<Measure> optionalMeasures() {
        return List.of(VALUE_ERROR);
    }

    @Override
    public StopCondition measuring(List<Measure> chosen) {
        return new Episodes(count, chosen.contains(VALUE_ERROR));
    }

    @Override
    public void check(DynaAgent probe) {
        if (valueError) {
            TransitionTable table = probe.environment().transitionTable().orElseThrow(() -> new IllegalArgumentException(
                    "metric value_error needs an environment that gives its transition table"));
            long pairs = (long) table.stateCount() * table.actionCount();
            if (pairs > VALUE_ERROR_PAIRS) {
                throw new IllegalArgumentException("metric value_error is measured for tables of at most "
                        + VALUE_ERROR_PAIRS + " state-action pairs, and this environment has " + pairs);
            }
        }
    }

    @Override
    public long bytesPerRun() {
        return (valueError ? 32L : 24L) * count;
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        double[] steps = new double[count];
        double[] returns = new double[count];
        double[] truncated = new double[count];
        double[] errors = new double[count];
        for (int e = 0; e < count; e++) {
            EpisodeResult result = agent.runEpisode();
            steps[e] = result.steps();
            returns[e] = result.reward();
            truncated[e] = result.truncated() ? 1 : 0;
            if (valueError) {
                errors[e] = new ValueError(agent.environment().transitionTable().orElseThrow(),
                        agent.planningContext().discount(), agent.features().maxActive())
                        .of(agent.values(), agent.features());
            }
        }
        Map<String, double[]> series = new java.util.HashMap<>(Map.of(STEPS.name(), steps, RETURN.name(), returns,
                TRUNCATED.name(), truncated));
        if (valueError) {
            series.put(VALUE_ERROR.name(), errors);
        }
        return new RunResult(series, agent.counters());
    }

    @Override
    public List<Measure> measures() {
        return List.of(STEPS, RETURN);
    }

    @Override
    public WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment,
            long seed, ChartOptions chart) throws IOException {
        double[] x = LineChart.oneToN(count);
        Csv.writeSeries(directory.resolve("episodes.csv"), table, "episode", x, valueError
                ? List.of(STEPS, RETURN, TRUNCATED, VALUE_ERROR) : List.of(STEPS, RETURN, TRUNCATED));
        SummaryCsv.write(directory.resolve("summary.csv"), table, measures, x);
        Measure charted = measures.get(0);
        Optional<String> drawn = LineChart.write(directory.resolve("episodes.png"),
                environment + ": " + label(charted) + " per episode",
                "Episode", capitalised(label(charted)) + " per episode (mean of " + table.runs() + " runs, 95% CI)",
                LineChart.bands(table, charted, x), chart.logY());
        return new WrittenResults("episodes.csv", "episodes.png", "Mean " + label(charted) + " per episode over "
                + table.runs() + " runs (" + environment + ", seed " + seed + ")\n"
                + SummaryTable.episodes(table, count, charted) + truncation(table), drawn.stream().toList());
    }

    /**
     * A line saying how many episodes were cut short, so that a mean over capped episodes is
     * never taken silently; empty when none was.
     */
    private static String truncation(ResultTable table) {
        long truncated = 0;
        long runsWithOne = 0;
        for (RunResult[] point : table.results()) {
            for (RunResult run : point) {
                long here = (long) java.util.Arrays.stream(run.of(TRUNCATED)).sum();
                truncated += here;
                runsWithOne += here > 0 ? 1 : 0;
            }
        }
        if (truncated == 0) {
            return "";
        }
        return "\n" + truncated + " episode(s) in " + runsWithOne + " run(s) were cut short (max-episode-steps or a time "
                + "limit) without reaching the goal; their steps count at the cap in these means (column truncated in "
                + "episodes.csv)";
    }

    private static String label(Measure measure) {
        return measure.equals(STEPS) ? "steps" : measure.name();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
