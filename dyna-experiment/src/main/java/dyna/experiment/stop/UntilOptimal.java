package dyna.experiment.stop;

import dyna.api.env.Environment;
import dyna.api.env.TransitionTable;
import dyna.experiment.ChartOptions;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import dyna.experiment.WrittenResults;
import dyna.experiment.output.SummaryCsv;
import dyna.experiment.output.UpdatesUntilOptimal;
import dyna.core.agent.AgentCounters;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.TabularAnalysis;
import dyna.core.compose.AgentConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stop at the end of the first episode after which the greedy policy (ties to the first
 * action) reaches a goal within {@code pathFactor} times the shortest path, computed from the
 * environment's transition table; or, not reached, once {@code maxUpdates} direct and planning
 * updates are spent. Measures the updates spent, and writes {@code optimal.csv} and
 * {@code optimal.png}.
 *
 * @param pathFactor at least 1
 * @param maxUpdates at least 1
 */
public record UntilOptimal(double pathFactor, long maxUpdates) implements StopCondition {

    /** Direct and planning updates until the greedy policy is near optimal; one value per run. */
    public static final Measure UPDATES = new Measure("updates", "", true);
    /** Whether the run got there within the cap: 1 or 0; one value per run. */
    public static final String REACHED = "reached";
    /** The path factor when none is given. */
    public static final double DEFAULT_PATH_FACTOR = 1.2;
    /** The cap on updates when none is given. */
    public static final long DEFAULT_MAX_UPDATES = 100_000_000;

    /** Checks the settings. */
    public UntilOptimal {
        if (!(pathFactor >= 1 && pathFactor <= 1e9)) {
            throw new IllegalArgumentException("path-factor must be a number in [1, 1e9], not " + pathFactor);
        }
        if (maxUpdates < 1) {
            throw new IllegalArgumentException("max-updates must be at least 1, not " + maxUpdates);
        }
    }

    @Override
    public String key() {
        return "until-optimal";
    }

    @Override
    public Object settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("path-factor", pathFactor);
        settings.put("max-updates", maxUpdates);
        return settings;
    }

    @Override
    public void check(DynaAgent probe) {
        pathLimit(probe.environment(), pathFactor);
    }

    /** The path length within which a greedy policy counts as optimal, or an error saying why there is none. */
    public static int pathLimit(Environment environment, double pathFactor) {
        TransitionTable table = environment.transitionTable().orElseThrow(() -> new IllegalArgumentException(
                "running until optimal needs an environment that gives its transition table"));
        int shortest = TabularAnalysis.shortestPath(table);
        if (shortest < 0) {
            throw new IllegalArgumentException("running until optimal needs a reachable goal; this environment has none");
        }
        return (int) Math.floor(pathFactor * shortest + 1e-9);
    }

    /** Updates done of the cap, {@code maxUpdates}. */
    @Override
    public double progress(dyna.core.agent.AgentCounters done) {
        return Math.min(1, (done.realSteps() + done.planningUpdates()) / (double) maxUpdates);
    }

    @Override
    public long bytesPerRun() {
        return 16;
    }

    @Override
    public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
        int limit = pathLimit(agent.environment(), pathFactor);
        TransitionTable table = agent.environment().transitionTable().orElseThrow();
        boolean reached = false;
        while (!reached) {
            agent.runEpisode();
            reached = TabularAnalysis.greedyPathLength(table, agent.table(), limit) > 0;
            AgentCounters counters = agent.counters();
            if (counters.realSteps() + counters.planningUpdates() >= maxUpdates) {
                break;
            }
        }
        AgentCounters counters = agent.counters();
        return new RunResult(Map.of(UPDATES.name(), new double[] {counters.realSteps() + counters.planningUpdates()},
                REACHED, new double[] {reached ? 1 : 0}), counters);
    }

    @Override
    public List<Measure> measures() {
        return List.of(UPDATES);
    }

    @Override
    public WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment,
            long seed, ChartOptions chart) throws IOException {
        UpdatesUntilOptimal.writeCsv(directory.resolve("optimal.csv"), table);
        SummaryCsv.write(directory.resolve("summary.csv"), table, measures, new double[1]);
        // Updates until optimal span orders of magnitude across sizes: always on a log axis.
        Optional<String> drawn = UpdatesUntilOptimal.writeChart(directory.resolve("optimal.png"), table,
                environment + ": updates until optimal");
        return new WrittenResults("optimal.csv", "optimal.png", "Direct and planning updates until the greedy path is "
                + "within " + pathFactor + " x the shortest over " + table.runs() + " runs (" + environment + ", seed "
                + seed + ")\n" + UpdatesUntilOptimal.summary(table), drawn.stream().toList());
    }
}
