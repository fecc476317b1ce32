package dyna.experiment.stop;

import dyna.api.env.TransitionTable;
import dyna.api.model.ExpectationModel;
import dyna.api.space.Box;
import dyna.api.run.EpisodeResult;
import dyna.experiment.ChartOptions;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import dyna.experiment.WrittenResults;
import dyna.experiment.output.Csv;
import dyna.experiment.output.LineChart;
import dyna.experiment.output.SeriesChart;
import dyna.experiment.output.SummaryCsv;
import dyna.experiment.output.SummaryGrid;
import dyna.experiment.output.SummaryTable;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.ModelError;
import dyna.core.analysis.RolloutError;
import dyna.core.analysis.SpectralRadius;
import dyna.core.analysis.ValueError;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;

/**
 * Stop after {@code count} episodes; measures each episode's steps and return (and, when asked
 * for, its value error, model error and the model's spectral radius), and writes
 * {@code episodes.csv} and {@code episodes.png}.
 *
 * @param count       at least 1
 * @param diagnostics the optional measures asked for ({@code metrics: [value_error, ...]}), a
 *                    subset of {@link #optionalMeasures()} kept in that order
 */
public record Episodes(int count, List<Measure> diagnostics) implements StopCondition {

    /** Real steps of each episode, against the episode. */
    public static final Measure STEPS = new Measure("steps", "episode", true);
    /** The return (undiscounted sum of rewards) of each episode, against the episode. */
    public static final Measure RETURN = new Measure("return", "episode");
    /**
     * 1 for an episode cut short (by {@code max-episode-steps} or the environment's time limit)
     * before reaching a terminal state, else 0: a column of {@code episodes.csv}, counted in the
     * printed summary, never summarised as a mean.
     */
    public static final Measure TRUNCATED = new Measure("truncated", "episode", true);

    /**
     * After each episode, the RMSE of max_a Q(s, a) against the true V*(s) over the states of the
     * environment's transition table ({@link ValueError}), for environments that give one with at
     * most {@link #VALUE_ERROR_PAIRS} state-action pairs (the truth is recomputed each episode, so
     * that it follows a world that changes); NaN for others.
     */
    public static final Measure VALUE_ERROR = new Measure("value_error", "episode", true);
    /**
     * After each episode, the error of the agent's model against the environment's transition
     * table ({@link ModelError}): for tabular models the visit-weighted total variation distance
     * of next-state distributions, for expectation models the visit-weighted RMS error of the
     * expected next features and reward. Tables of at most {@link #VALUE_ERROR_PAIRS} pairs. On
     * a continuous world with a simulator ({@code Environment.simulator()}), the model's
     * one-step error on the episode's own states ({@link RolloutError}: RMS over dimensions,
     * each in units of its standard deviation).
     */
    public static final Measure MODEL_ERROR = new Measure("model_error", "episode", true);
    /**
     * After each episode, on a continuous world with a simulator, the model's error after
     * {@link #ROLLOUT_HORIZON} steps of the agent's own actions from the episode's states
     * ({@link RolloutError}); it shows how errors compound along a rollout.
     */
    public static final Measure MODEL_ERROR_K = new Measure("model_error_5", "episode", true);
    /** The k of {@link #MODEL_ERROR_K}. */
    public static final int ROLLOUT_HORIZON = 5;
    /** The most states of an episode that the continuous model errors start from. */
    public static final int ROLLOUT_STARTS = 100;
    /**
     * After each episode, the largest spectral radius ρ(γF^a) over the actions of an expectation
     * model ({@link SpectralRadius}); any environment. Linear Dyna may diverge on a model whose
     * radius is 1 or more, and the printed summary says so when a run ends with one.
     */
    public static final Measure SPECTRAL_RADIUS = new Measure("spectral_radius", "episode", true);
    /** The largest table whose value or model error is measured. */
    public static final int VALUE_ERROR_PAIRS = 5_000;

    private static final List<Measure> OPTIONAL = List.of(VALUE_ERROR, MODEL_ERROR, MODEL_ERROR_K, SPECTRAL_RADIUS);

    /** Checks the count and keeps the diagnostics in their canonical order. */
    public Episodes {
        StopConditions.atLeastOne("episodes", count);
        for (Measure m : diagnostics) {
            if (!OPTIONAL.contains(m)) {
                throw new IllegalArgumentException("episodes cannot measure " + m.name() + "; valid: "
                        + OPTIONAL.stream().map(Measure::name).toList());
            }
        }
        List<Measure> chosen = diagnostics;
        diagnostics = OPTIONAL.stream().filter(chosen::contains).toList();
    }

    /** Stop after {@code count} episodes, measuring steps and return. */
    public Episodes(int count) {
        this(count, List.of());
    }

    /** Whether each episode's value error is measured. */
    public boolean valueError() {
        return diagnostics.contains(VALUE_ERROR);
    }

    /** Whether each episode's model error is measured. */
    public boolean modelError() {
        return diagnostics.contains(MODEL_ERROR);
    }

    /** Whether each episode's k-step model error is measured. */
    public boolean modelErrorK() {
        return diagnostics.contains(MODEL_ERROR_K);
    }

    /** Whether each episode's spectral radius is measured. */
    public boolean spectralRadius() {
        return diagnostics.contains(SPECTRAL_RADIUS);
    }

    @Override
    public String key() {
        return "episodes";
    }

    /** The count alone: the optional measures come from {@code metrics:}. */
    @Override
    public Object fileSettings() {
        return count;
    }

    @Override
    public Object settings() {
        if (diagnostics.isEmpty()) {
            return count;
        }
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("count", count);
        for (Measure m : diagnostics) {
            settings.put(m.name().replace('_', '-'), true);
        }
        return settings;
    }

    @Override
    public List<Measure> optionalMeasures() {
        return OPTIONAL;
    }

    @Override
    public StopCondition measuring(List<Measure> chosen) {
        return new Episodes(count, chosen.stream().filter(OPTIONAL::contains).toList());
    }

    @Override
    public void check(DynaAgent probe) {
        for (Measure metric : diagnostics) {
            if (metric.equals(SPECTRAL_RADIUS)) {
                continue;
            }
            if (continuous(probe, metric)) {
                continue;
            }
            if (metric.equals(MODEL_ERROR_K)) {
                throw new IllegalArgumentException("metric " + metric.name() + " needs a continuous environment that "
                        + "can simulate from an observation (cart-pole, acrobot, mountain-car)");
            }
            TransitionTable table = probe.environment().transitionTable().orElseThrow(() -> new IllegalArgumentException(
                    "metric " + metric.name() + " needs an environment that gives its transition table"
                            + (metric.equals(MODEL_ERROR) ? ", or a continuous one that can simulate from an observation"
                                    : "")));
            long pairs = (long) table.stateCount() * table.actionCount();
            if (pairs > VALUE_ERROR_PAIRS) {
                throw new IllegalArgumentException("metric " + metric.name() + " is measured for tables of at most "
                        + VALUE_ERROR_PAIRS + " state-action pairs, and this environment has " + pairs);
            }
        }
        if (modelError() && !continuous(probe, MODEL_ERROR) && !ModelError.measurable(probe.model())) {
            throw new IllegalArgumentException("metric model_error needs a model that offers distributions or "
                    + "expectations, and this one (" + probe.model().getClass().getSimpleName() + ") offers neither");
        }
        if (spectralRadius() && !(probe.model() instanceof ExpectationModel)) {
            throw new IllegalArgumentException("metric spectral_radius needs a model that offers expectations "
                    + "(linear-expectation), and this one (" + probe.model().getClass().getSimpleName() + ") does not");
        }
    }

    /**
     * Whether a model-error metric is measured by rollouts against the simulator: on a world with
     * box observations and a simulator, by a model that samples.
     */
    private static boolean continuous(DynaAgent probe, Measure metric) {
        return (metric.equals(MODEL_ERROR) || metric.equals(MODEL_ERROR_K))
                && probe.environment().observationSpace() instanceof Box
                && probe.environment().simulator().isPresent()
                && !(probe.model() instanceof ExpectationModel);
    }

    @Override
    public long bytesPerRun() {
        return (24L + 8L * diagnostics.size()) * count;
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        double[] steps = new double[count];
        double[] returns = new double[count];
        double[] truncated = new double[count];
        double[] errors = new double[count];
        double[] modelErrors = new double[count];
        double[] modelErrorsK = new double[count];
        double[] radii = new double[count];
        boolean rollouts = (modelError() || modelErrorK()) && continuous(agent, MODEL_ERROR);
        long[] visits = modelError() && !rollouts ? agent.visits() : null;
        RolloutError rolloutError = null;
        if (rollouts) {
            rolloutError = new RolloutError(agent.environment().simulator().orElseThrow(),
                    ((Box) agent.environment().observationSpace()).dimensions(), ROLLOUT_HORIZON, ROLLOUT_STARTS);
            agent.observeRealTransitions(rolloutError);
        }
        SpectralRadius radius = spectralRadius() ? new SpectralRadius(agent.features().size()) : null;
        for (int e = 0; e < count; e++) {
            EpisodeResult result = agent.runEpisode();
            steps[e] = result.steps();
            returns[e] = result.reward();
            truncated[e] = result.truncated() ? 1 : 0;
            if (valueError()) {
                errors[e] = new ValueError(agent.environment().transitionTable().orElseThrow(),
                        agent.planningContext().discount(), agent.features().maxActive())
                        .of(agent.values(), agent.features());
            }
            if (rolloutError != null) {
                RolloutError.Errors measured = rolloutError.measure(agent.model());
                modelErrors[e] = measured.oneStep();
                modelErrorsK[e] = measured.kStep();
            } else if (modelError()) {
                modelErrors[e] = new ModelError(agent.environment().transitionTable().orElseThrow(),
                        agent.features().size(), agent.features().maxActive())
                        .of(agent.model(), agent.features(), visits);
            }
            if (radius != null) {
                radii[e] = radius.max((ExpectationModel) agent.model(), agent.environment().actionSpace().n(),
                        agent.planningContext().discount());
            }
        }
        Map<String, double[]> series = new java.util.HashMap<>(Map.of(STEPS.name(), steps, RETURN.name(), returns,
                TRUNCATED.name(), truncated));
        if (valueError()) {
            series.put(VALUE_ERROR.name(), errors);
        }
        if (modelError()) {
            series.put(MODEL_ERROR.name(), modelErrors);
        }
        if (modelErrorK()) {
            series.put(MODEL_ERROR_K.name(), modelErrorsK);
        }
        if (radius != null) {
            series.put(SPECTRAL_RADIUS.name(), radii);
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
        columns.addAll(diagnostics);
        Csv.writeSeries(directory.resolve("episodes.csv"), table, "episode", x, columns);
        SummaryCsv.write(directory.resolve("summary.csv"), table, measures, x);
        Measure charted = measures.get(0);
        String drawnNames = chart.drawn(measures).stream().map(m -> label(m).replace('_', ' '))
                .collect(Collectors.joining(", "));
        Optional<String> drawn = SeriesChart.write(directory.resolve("episodes.png"),
                environment + ": " + drawnNames + " per episode", "Episode", table, x,
                m -> capitalised(label(m).replace('_', ' ')) + " per episode", chart, measures);
        SummaryGrid grid = SummaryTable.episodes(table, count, charted);
        return new WrittenResults("episodes.csv", "episodes.png", "Mean " + label(charted) + " per episode over "
                + table.runs() + " runs (" + environment + ", seed " + seed + ")\n"
                + grid.text() + truncation(table) + unstableModels(table), grid.html(), drawn.stream().toList());
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
        return "\n" + truncated + " episode(s) in " + runsWithOne + " run(s) ended at a step limit (max-episode-steps or "
                + "the environment's time limit) rather than in a terminal state: a failure where the goal is terminal "
                + "(mazes, Mountain Car), a success where ending is failing (CartPole); their steps count at the limit "
                + "in these means (column truncated in episodes.csv)\n";
    }

    /**
     * A line saying how many runs ended with a model whose spectral radius ρ(γF^a) is 1 or more
     * (linear Dyna may diverge on it: Wan et al. 2019); empty when none did or it was not measured.
     */
    private String unstableModels(ResultTable table) {
        if (!spectralRadius()) {
            return "";
        }
        long unstable = 0;
        long runs = 0;
        double largest = 0;
        for (RunResult[] point : table.results()) {
            for (RunResult run : point) {
                double last = run.of(SPECTRAL_RADIUS)[count - 1];
                runs++;
                if (last >= 1) {
                    unstable++;
                    largest = Math.max(largest, last);
                }
            }
        }
        if (unstable == 0) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "\nwarning: %d of %d run(s) end with a model whose spectral radius "
                + "of γF^a is 1 or more (largest %.3f): linear Dyna may diverge on such a model (Wan et al. 2019); "
                + "see column spectral_radius in episodes.csv\n", unstable, runs, largest);
    }

    private static String label(Measure measure) {
        return measure.equals(STEPS) ? "steps" : measure.name();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
