package dyna.app.cli;

import dyna.api.provider.ComponentKind;
import dyna.app.experiment.ExperimentPoint;
import dyna.app.experiment.ExperimentRunner;
import dyna.app.experiment.RunResult;
import dyna.app.experiment.Sweep;
import dyna.app.experiment.SweepPoint;
import dyna.app.output.AtomicFiles;
import dyna.app.output.ConfigurationReport;
import dyna.app.output.EpisodeTable;
import dyna.app.output.EpisodesChart;
import dyna.app.output.EpisodesCsv;
import dyna.app.output.SummaryTable;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.core.seed.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyna run}: runs an agent for a number of episodes, several runs per sweep point, in
 * parallel; prints a summary and writes episodes.csv, episodes.png and config.json.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an experiment: runs x sweep points, in parallel. Writes episodes.csv, episodes.png "
                + "and config.json into the output directory.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "ID", description = "Environment id (see 'dyna list').")
    String environment;

    @Option(names = "--model", paramLabel = "ID", defaultValue = "tabular-deterministic",
            description = "Model id (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--planner", paramLabel = "ID", defaultValue = "random-sample",
            description = "Planner id (default: ${DEFAULT-VALUE}).")
    String planner;

    @Option(names = "--bonus", paramLabel = "ID", defaultValue = "none",
            description = "Exploration bonus id (default: ${DEFAULT-VALUE}).")
    String bonus;

    @Option(names = "--update-rule", paramLabel = "ID", defaultValue = "q-learning",
            description = "Update rule id (default: ${DEFAULT-VALUE}).")
    String updateRule;

    @Option(names = "--policy", paramLabel = "ID", defaultValue = "epsilon-greedy",
            description = "Behaviour policy id (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--param", paramLabel = "NAME=VALUE[,VALUE...]",
            description = "A parameter value; a comma list sweeps it. Repeatable.")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Runs per sweep point (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--episodes", paramLabel = "N", defaultValue = "50", description = "Episodes per run (default: ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        checkAtLeastOne("--runs", runs);
        checkAtLeastOne("--episodes", episodes);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        checkAtLeastOne("--threads", threadCount);

        Sweep sweep;
        try {
            sweep = Sweep.parse(parameters);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        List<ExperimentPoint> points = prepare(ProviderRegistry.discover(), sweep);
        try {
            AtomicFiles.checkWritable(out);
        } catch (IOException | SecurityException e) {
            throw new UsageException("cannot write to output directory " + out + " (" + e + ")", e);
        }

        ProgressBar progress = new ProgressBar(stderr, points.size() * runs, ProgressBar.onTerminal());
        RunResult[][] results = new ExperimentRunner(threadCount).run(points, runs, episodes, progress::update);
        EpisodeTable table = new EpisodeTable(sweep.sweptNames(),
                points.stream().map(ExperimentPoint::point).toList(), results, episodes);

        Path csv = out.resolve("episodes.csv");
        Path png = out.resolve("episodes.png");
        Path config = out.resolve("config.json");
        EpisodesCsv.write(csv, table);
        EpisodesChart.write(png, table, environment + ": steps per episode");
        ConfigurationReport.write(config, ConfigurationReport.of(experiment(sweep), points));

        stdout.printf("Mean steps per episode over %d runs (%s, seed %d)%n", runs, environment, seed);
        stdout.print(SummaryTable.format(table));
        stdout.printf("Wrote %s, %s, %s%n", csv, png, config);
        stdout.flush();
        return 0;
    }

    private List<ExperimentPoint> prepare(ProviderRegistry registry, Sweep sweep) {
        AgentSpec base = AgentSpec.dynaQ(environment)
                .with(ComponentKind.MODEL, model)
                .with(ComponentKind.PLANNER, planner)
                .with(ComponentKind.BONUS, bonus)
                .with(ComponentKind.UPDATE_RULE, updateRule)
                .with(ComponentKind.POLICY, policy);
        List<ExperimentPoint> points = new ArrayList<>();
        for (SweepPoint point : sweep.points()) {
            AgentSpec spec = base;
            for (Map.Entry<String, String> value : point.parameters().entrySet()) {
                spec = spec.with(value.getKey(), value.getValue());
            }
            AgentConfiguration configuration = AgentConfiguration.resolve(registry, spec);
            AgentFactory agents = AgentFactory.of(configuration);
            try {
                agents.create(seed);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
            points.add(new ExperimentPoint(point, configuration, agents,
                    Seeds.derive(seed, configuration.identity())));
        }
        return points;
    }

    private Map<String, Object> experiment(Sweep sweep) {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("command", "run");
        entries.put("seed", seed);
        entries.put("runs", runs);
        entries.put("episodes", episodes);
        entries.put("sweep", sweep.values());
        return entries;
    }

    private static void checkAtLeastOne(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be at least 1, not " + value);
        }
    }
}
