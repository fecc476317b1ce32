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
import dyna.core.analysis.ModelError;
import dyna.core.analysis.ValueError;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stop after {@code count} episodes; measures each episode's steps and return (and, when asked
 * for, its value error and model error), and writes {@code episodes.csv} and {@code episodes.png}.
 *
 * @param count      at least 1
 * @param valueError whether each episode's value error is measured ({@code metrics: [value_error]})
 * @param modelError whether each episode's model error is measured ({@code metrics: [model_error]})
 */
public record Episodes(int count, boolean valueError, boolean modelError) implements StopCondition {

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
    /**
     * After each episode, the error of the agent's model against the environment's transition
     * table ({@link ModelError}): for tabular models the visit-weighted total variation distance
     * of next-state distributions, for expectation models the visit-weighted RMS error of the
     * expected next features and reward. Tables of at most {@link #VALUE_ERROR_PAIRS} pairs.
     */
    public static final Measure MODEL_ERROR = new Measure("model_error", "episode");
    /** The largest table whose value or model error is measured. */
    public static final int VALUE_ERROR_PAIRS = 5_000;

    /** Checks the count. */
    public Episodes {
        StopConditions.atLeastOne("episodes", count);
    }

    /** Stop after {@code count} episodes, measuring steps and return. */
    public Episodes(int count) {
        this(count, false, false);
    }

    /** Stop after {@code count} episodes, measuring steps, return and, if asked, the value error. */
    public Episodes(int count, boolean valueError) {
        this(count, valueError, false);
    }

    @Override
    public String key() {
        return "episodes";
    }

    @Override
    public Object settings() {
        if (!valueError && !modelError) {
            return count;
        }
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("count", count);
        if (valueError) {
            settings.put("value-error", true);
        }
        if (modelError) {
            settings.put("model-error", true);
        }
        return settings;
    }

    @Override
    public List<Measure> optionalMeasures() {
        return List.of(VALUE_ERROR, MODEL_ERROR);
    }

    @Override
    public StopCondition measuring(List<Measure> chosen) {
        return new Episodes(count, chosen.contains(VALUE_ERROR), chosen.contains(MODEL_ERROR));
    }

    @Override
    public void check(DynaAgent probe) {
        for (Measure metric : valueError && modelError ? List.of(VALUE_ERROR, MODEL_ERROR)
                : valueError ? List.of(VALUE_ERROR) : modelError ? List.of(MODEL_ERROR) : List.<Measure>of()) {
            TransitionTable table = probe.environment().transitionTable().orElseThrow(() -> new IllegalArgumentException(
                    "metric " + metric.name() + " needs an environment that gives its transition table"));
            long pairs = (long) table.stateCount() * table.actionCount();
            if (pairs > VALUE_ERROR_PAIRS) {
                throw new IllegalArgumentException("metric " + metric.name() + " is measured for tables of at most "
                        + VALUE_ERROR_PAIRS + " state-action pairs, and this environment has " + pairs);
            }
        }
        if (modelError && !ModelError.measurable(probe.model())) {
            throw new IllegalArgumentException("metric model_error needs a model that offers distributions or "
                    + "expectations, and this one (" + probe.model().getClass().getSimpleName() + ") offers neither");
        }
    }

    @Override
    public long bytesPerRun() {
        return (24L + (valueError ? 8 : 0) + (modelError ? 8 : 0)) * count;
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        double[] steps = new double[count];
        double[] returns = new double[count];
        double[] truncated = new double[count];
        double[] errors = new double[count];
        double[] modelErrors = new double[count];
        long[] visits = modelError ? agent.visits() : null;
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
            if (modelError) {
                modelErrors[e] = new ModelError(agent.environment().transitionTable().orElseThrow(),
                        agent.features().size(), agent.features().maxActive())
                        .of(agent.model(), agent.features(), visits);
            }
        }
        Map<String, double[]> series = new java.util.HashMap<>(Map.of(STEPS.name(), steps, RETURN.name(), returns,
                TRUNCATED.name(), truncated));
        if (valueError) {
            series.put(VALUE_ERROR.name(), errors);
        }
        if (modelError) {
            series.put(MODEL_ERROR.name(), modelErrors);
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
        List<Measure> columns = new java.util.ArrayList<>(List.of(STEPS, RETURN, TRUNCATED));
        if (valueError) {
            columns.add(VALUE_ERROR);
        }
        if (modelError) {
            columns.add(MODEL_ERROR);
        }
        Csv.writeSeries(directory.resolve("episodes.csv"), table, "episode", x, columns);
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
