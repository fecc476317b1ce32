package dyna.experiment.stop;

import dyna.api.metric.Metric;
import dyna.api.provider.Parameters;
import dyna.api.run.EpisodeResult;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.metrics.EpisodeMetrics;
import dyna.experiment.ChartOptions;
import dyna.experiment.ChosenMetric;
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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stop after {@code count} episodes; measures each episode's steps, return, truncation and the
 * planning updates it made (the built-in metrics of {@link EpisodeMetrics#STANDARD}) and any
 * metric an experiment adds ({@code metrics: [value_error]}: a loaded {@link
 * dyna.api.metric.MetricProvider}, built-in or a plugin's), and writes {@code episodes.csv} and
 * {@code episodes.png}.
 *
 * @param count   at least 1
 * @param metrics the metrics added, in the order an experiment asked for them; their columns
 *                follow the standard ones in {@code episodes.csv} and belong to the protocol's identity
 */
public record Episodes(int count, List<ChosenMetric> metrics) implements StopCondition {

    /** Real steps of each episode, against the episode. */
    public static final Measure STEPS = standard("steps");
    /** The return (undiscounted sum of rewards) of each episode, against the episode. */
    public static final Measure RETURN = standard("return");
    /**
     * 1 for an episode cut short (by {@code max-episode-steps} or the environment's time limit)
     * before reaching a terminal state, else 0: a column of {@code episodes.csv}, counted in the
     * printed summary.
     */
    public static final Measure TRUNCATED = standard("truncated");
    /**
     * The planning updates made during each episode: its budget is {@code planning-steps} times its
     * real steps, and a planner that spends less shows it here (and in a line of the summary).
     */
    public static final Measure PLANNING_UPDATES = standard("planning_updates");
    /**
     * A run's {@code planning-steps}, kept with its result (not a column) for the summary's line on
     * planning updates made against their budget.
     */
    private static final String PLANNING_STEPS = "planning_steps";
    /** The column of the built-in {@code spectral-radius} metric, which the printed summary warns of. */
    private static final String SPECTRAL_RADIUS = "spectral_radius";

    /** The standard metrics, each with every column, at its defaults. */
    private static final List<ChosenMetric> STANDARD_METRICS = EpisodeMetrics.STANDARD.stream()
            .map(p -> new ChosenMetric(p, Parameters.defaults(p.parameters()), ChosenMetric.measures(p))).toList();

    private static Measure standard(String name) {
        return EpisodeMetrics.STANDARD.stream().flatMap(p -> p.columns().stream()).filter(c -> c.name().equals(name))
                .findFirst().map(ChosenMetric::measure).orElseThrow();
    }

    /** Checks the count and that no metric is added twice or is a standard one. */
    public Episodes {
        StopConditions.atLeastOne("episodes", count);
        metrics = List.copyOf(metrics);
        Set<String> names = new HashSet<>(List.of(STEPS.name(), RETURN.name(), TRUNCATED.name(),
                PLANNING_UPDATES.name()));
        for (ChosenMetric metric : metrics) {
            for (Measure column : metric.columns()) {
                if (!names.add(column.name())) {
                    throw new IllegalArgumentException("episodes measure " + column.name() + " once, not twice");
                }
            }
        }
    }

    /** Stop after {@code count} episodes, measuring the standard metrics alone. */
    public Episodes(int count) {
        this(count, List.of());
    }

    @Override
    public String key() {
        return "episodes";
    }

    /** The count alone: the metrics come from {@code metrics:}. */
    @Override
    public Object fileSettings() {
        return count;
    }

    /**
     * The count, and each added metric's columns (as {@code value-error: true}, or with the
     * metric's parameter values where it has parameters), in the order asked for.
     */
    @Override
    public Object settings() {
        if (metrics.isEmpty()) {
            return count;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("count", count);
        for (ChosenMetric metric : metrics) {
            Object value = metric.parameters().asMap().isEmpty() ? (Object) true
                    : new TreeMap<>(metric.parameters().asMap());
            for (Measure column : metric.columns()) {
                settings.put(column.name().replace('_', '-'), value);
            }
        }
        return settings;
    }

    @Override
    public List<Measure> alsoMeasured() {
        return List.of(TRUNCATED, PLANNING_UPDATES);
    }

    @Override
    public boolean measuresEpisodes() {
        return true;
    }

    @Override
    public StopCondition withMetrics(List<ChosenMetric> chosen) {
        return new Episodes(count, chosen);
    }

    /** Creates each added metric on the probe agent: one that cannot measure it says what it lacks. */
    @Override
    public void check(DynaAgent probe) {
        for (ChosenMetric metric : metrics) {
            metric.create(probe);
        }
    }

    /** Episodes done of {@code count}. */
    @Override
    public double progress(dyna.core.agent.AgentCounters done) {
        return Math.min(1, done.episodes() / (double) count);
    }

    @Override
    public long bytesPerRun() {
        return (32L + 8L * columns().size()) * count;
    }

    /** Every column of {@code episodes.csv} after the episode: the standard ones, then the added metrics'. */
    private List<Measure> columns() {
        List<Measure> columns = new ArrayList<>(List.of(STEPS, RETURN, TRUNCATED));
        metrics.forEach(m -> columns.addAll(m.columns()));
        columns.add(PLANNING_UPDATES);
        return columns;
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        List<ChosenMetric> all = new ArrayList<>(STANDARD_METRICS);
        all.addAll(metrics);
        int n = all.size();
        Metric[] measuring = new Metric[n];
        double[][] written = new double[n][];
        int[][] slots = new int[n][];
        double[][][] values = new double[n][][];
        Map<String, double[]> series = new HashMap<>();
        List<Metric> observers = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            ChosenMetric metric = all.get(m);
            measuring[m] = metric.create(agent);
            written[m] = new double[metric.width()];
            slots[m] = new int[metric.columns().size()];
            values[m] = new double[metric.columns().size()][];
            for (int c = 0; c < slots[m].length; c++) {
                slots[m][c] = metric.slot(c);
                values[m][c] = new double[count];
                series.put(metric.columns().get(c).name(), values[m][c]);
            }
            if (measuring[m].observesSteps()) {
                observers.add(measuring[m]);
            }
        }
        if (observers.size() == 1) {
            agent.observeRealTransitions(observers.get(0)::step);
        } else if (!observers.isEmpty()) {
            agent.observeRealTransitions(t -> observers.forEach(o -> o.step(t)));
        }
        series.put(PLANNING_STEPS, new double[] {agent.planningSteps()});
        for (int e = 0; e < count; e++) {
            EpisodeResult result = agent.runEpisode();
            for (int m = 0; m < n; m++) {
                measuring[m].episodeEnded(result, written[m]);
                for (int c = 0; c < slots[m].length; c++) {
                    values[m][c][e] = written[m][slots[m][c]];
                }
            }
        }
        return new RunResult(series, agent.counters());
    }

    @Override
    public List<Measure> measures() {
        return List.of(STEPS, RETURN);
    }

    @Override
    public double[] xValues() {
        return LineChart.oneToN(count);
    }

    @Override
    public WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment,
            long seed, ChartOptions chart) throws IOException {
        double[] x = xValues();
        Csv.writeSeries(directory.resolve("episodes.csv"), table, "episode", x, columns());
        SummaryCsv.write(directory.resolve("summary.csv"), table, measures, x);
        Measure charted = measures.get(0);
        String drawnNames = chart.drawn(measures).stream().map(m -> m.name().replace('_', ' '))
                .collect(Collectors.joining(", "));
        Optional<String> drawn = SeriesChart.write(directory.resolve("episodes.png"),
                environment + ": " + drawnNames + " per episode", "Episode", table, x,
                m -> capitalised(m.name().replace('_', ' ')) + " per episode", chart, measures);
        SummaryGrid grid = SummaryTable.episodes(table, count, charted);
        return new WrittenResults("episodes.csv", "episodes.png", "Mean " + charted.name() + " per episode over "
                + table.runs() + " runs (" + environment + ", seed " + seed + ")\n"
                + grid.text() + truncation(table) + underBudget(table) + unstableModels(table), grid.html(), drawn.stream().toList());
    }

    /**
     * A line saying how many episodes were cut short, so that a mean over capped episodes is
     * never taken silently; empty when none was.
     */
    static String truncation(ResultTable table) {
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
     * A line naming the sweep points whose planners made fewer planning updates than their budget
     * (planning-steps times the real steps), by how much, so that a planner that stops early (by
     * design, as prioritized sweeping with an empty queue, or by a fault) is never unseen; empty
     * when every point spent its budget.
     */
    static String underBudget(ResultTable table) {
        List<String> short_ = new ArrayList<>();
        for (int p = 0; p < table.points().size(); p++) {
            double made = 0;
            double budget = 0;
            for (RunResult run : table.results()[p]) {
                if (!run.series().containsKey(PLANNING_STEPS)) {
                    return "";
                }
                double n = run.series(PLANNING_STEPS)[0];
                double[] steps = run.of(STEPS);
                double[] updates = run.of(PLANNING_UPDATES);
                for (int e = 0; e < steps.length; e++) {
                    made += updates[e];
                    budget += n * steps[e];
                }
            }
            if (budget > 0 && made < 0.995 * budget) {
                boolean swept = !table.points().get(p).swept().isEmpty();
                short_.add(String.format(java.util.Locale.ROOT, "%.1f%%%s", 100 * made / budget,
                        swept ? " at " + table.points().get(p).label() : ""));
            }
        }
        if (short_.isEmpty()) {
            return "";
        }
        return "\nplanning updates made, against their budget (planning-steps x real steps): " + String.join("; ",
                short_) + " (column planning_updates in episodes.csv)\n";
    }

    /**
     * A line saying how many runs ended with a model whose spectral radius ρ(γF^a) is 1 or more
     * (linear Dyna may diverge on it: Wan et al. 2019); empty when none did or it was not measured.
     */
    private String unstableModels(ResultTable table) {
        if (columns().stream().noneMatch(c -> c.name().equals(SPECTRAL_RADIUS))) {
            return "";
        }
        long unstable = 0;
        long runs = 0;
        double largest = 0;
        for (RunResult[] point : table.results()) {
            for (RunResult run : point) {
                double last = run.series(SPECTRAL_RADIUS)[count - 1];
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

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
