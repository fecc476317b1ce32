package dyna.app.cli;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ParameterSpec;
import dyna.app.experiment.ExperimentFile;
import dyna.app.experiment.ExperimentPoint;
import dyna.app.experiment.ExperimentRunner;
import dyna.app.experiment.Located;
import dyna.app.experiment.RunJournal;
import dyna.app.experiment.RunResult;
import dyna.app.experiment.StopCondition;
import dyna.app.experiment.Sweep;
import dyna.app.experiment.SweepPoint;
import dyna.app.output.AtomicFiles;
import dyna.app.output.ConfigurationReport;
import dyna.app.output.LineChart;
import dyna.app.output.Measure;
import dyna.app.output.Report;
import dyna.app.output.ResultFiles;
import dyna.app.output.ResultTable;
import dyna.core.agent.AgentSettings;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ConfigurationException;
import dyna.core.registry.ProviderRegistry;
import dyna.core.seed.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code dyna run}: runs an agent for a number of episodes or real steps, several runs per sweep
 * point, in parallel; prints a summary and writes the tidy CSV, its chart and config.json.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an experiment: runs x sweep points, in parallel. Writes episodes.csv and episodes.png "
                + "(or steps.csv and steps.png with --steps) and config.json into the output directory.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The metrics an experiment file asks for; empty on the command line (all are reported). */
    private List<Located> metrics = List.of();

    @Mixin
    PluginOptions plugins;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An experiment file (YAML or JSON) instead of --env and the component options.")
    Path file;

    @Option(names = "--env", paramLabel = "ID", description = "Environment id (see 'dyna list').")
    String environment;

    @Option(names = "--model", paramLabel = "ID[,ID...]", defaultValue = "tabular-deterministic",
            description = "Model id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--planner", paramLabel = "ID[,ID...]", defaultValue = "random-sample",
            description = "Planner id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
    String planner;

    @Option(names = "--bonus", paramLabel = "ID[,ID...]", defaultValue = "none",
            description = "Exploration bonus id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--episodes", paramLabel = "N",
            description = "Episodes per run (default: 50); writes episodes.csv and episodes.png.")
    Integer episodes;

    @Option(names = "--steps", paramLabel = "N",
            description = "Real steps per run, across episodes, instead of --episodes; writes steps.csv and steps.png.")
    Integer steps;

    @Option(names = "--until-optimal",
            description = "Run each run until its greedy policy is near optimal, instead of --episodes; writes "
                    + "optimal.csv and optimal.png (updates until optimal).")
    boolean untilOptimal;

    @Option(names = "--path-factor", paramLabel = "F", defaultValue = "1.2",
            description = "With --until-optimal: near optimal means a path within F times the shortest "
                    + "(default: ${DEFAULT-VALUE}).")
    double pathFactor;

    @Option(names = "--max-updates", paramLabel = "N", defaultValue = "100000000",
            description = "With --until-optimal: a run that has not got there after N updates stops as not "
                    + "reached (default: ${DEFAULT-VALUE}).")
    long maxUpdates;

    @Option(names = "--planning-only", paramLabel = "N",
            description = "Pure planning, no real step: N planning updates from the start state, tracking the start "
                    + "state's exact value under the greedy policy; writes planning.csv and planning.png.")
    Integer planningOnly;

    @Option(names = "--checkpoints", paramLabel = "K", defaultValue = "20",
            description = "With --planning-only: evaluate the greedy policy at K evenly spaced points "
                    + "(default: ${DEFAULT-VALUE}).")
    int checkpoints;

    @Option(names = "--resume",
            description = "Keep the runs already finished in the output directory (after a crash) and do only the rest.")
    boolean resume;

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
        ProviderRegistry registry = plugins.registry();
        StopCondition stop;
        if (file != null) {
            stop = applyFile(registry);
        } else {
            if (environment == null) {
                throw new UsageException("give an experiment file or --env ID");
            }
            stop = stopCondition();
        }
        checkAtLeastOne("--runs", runs);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        checkAtLeastOne("--threads", threadCount);

        Sweep sweep;
        try {
            sweep = Sweep.of(componentChoices(), parameters);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        List<ExperimentPoint> points = prepare(registry, sweep, stop);
        try {
            AtomicFiles.checkWritable(out);
        } catch (IOException | SecurityException e) {
            throw new UsageException("cannot write to output directory " + out + " (" + e + ")", e);
        }

        List<Measure> measures = measures(stop);
        ProgressBar progress = new ProgressBar(stderr, points.size() * runs, ProgressBar.onTerminal());
        RunJournal journal = RunJournal.open(out, resume);
        RunResult[][] results = new ExperimentRunner(threadCount).run(points, runs, stop, progress::update, journal);
        ResultTable table = new ResultTable(sweep.sweptNames(),
                points.stream().map(ExperimentPoint::point).toList(), results);
        ResultFiles.Written written = ResultFiles.write(out, table, stop, measures, environment, seed);
        Path csv = written.data();
        Path png = written.chart();
        String summary = written.summary();
        Path config = out.resolve("config.json");
        ConfigurationReport.write(config, ConfigurationReport.of(experiment(sweep, stop), points));

        Path report = out.resolve("report.html");
        Report.write(report, environment + ": " + csv.getFileName().toString().replace(".csv", ""),
                LineChart.svgFile(png), summary, config,
                csv.getFileName() + ", summary.csv, " + png.getFileName() + ", " + LineChart.svgFile(png).getFileName()
                        + ", config.json");
        stdout.print(summary);
        stdout.printf("Wrote %s, %s, %s (and .svg), %s, %s%n", csv, out.resolve("summary.csv"), png, config, report);
        stdout.flush();
        return 0;
    }

    /**
     * Takes the experiment from the file: components, parameters (a --param overrides the
     * file's values of that parameter), runs, seed and stop (options given on the command line
     * win). Checks ids and parameter values here, so that errors name the file's line and column.
     */
    private StopCondition applyFile(ProviderRegistry registry) {
        ParseResult given = spec.commandLine().getParseResult();
        for (String option : List.of("--env", "--model", "--planner", "--bonus", "--update-rule", "--policy")) {
            if (given.hasMatchedOption(option)) {
                throw new UsageException(option + " cannot be combined with an experiment file; set it in " + file);
            }
        }
        ExperimentFile experiment;
        try {
            experiment = ExperimentFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Map<String, List<Located>> components = experiment.components();
        Map<String, ParameterSpec> declared = new LinkedHashMap<>();
        AgentSettings.PARAMETERS.forEach(p -> declared.put(p.name(), p));
        Map<ComponentKind, String> defaults = Map.of(ComponentKind.MODEL, model, ComponentKind.PLANNER, planner,
                ComponentKind.BONUS, bonus, ComponentKind.UPDATE_RULE, updateRule, ComponentKind.POLICY, policy);
        for (ComponentKind kind : ComponentKind.values()) {
            List<Located> ids = components.get(kind.label());
            if (ids == null) {
                for (String id : defaults.get(kind).split(",")) {
                    registry.find(kind, id.strip()).parameters().forEach(p -> declared.putIfAbsent(p.name(), p));
                }
                continue;
            }
            for (Located id : ids) {
                try {
                    registry.find(kind, id.text(kind.label())).parameters().forEach(p -> declared.putIfAbsent(p.name(), p));
                } catch (ConfigurationException e) {
                    throw new UsageException(id.where() + ": " + e.getMessage(), e);
                }
            }
        }
        environment = components.get("environment").get(0).text("environment");
        model = ids(components, ComponentKind.MODEL, model);
        planner = ids(components, ComponentKind.PLANNER, planner);
        bonus = ids(components, ComponentKind.BONUS, bonus);
        updateRule = ids(components, ComponentKind.UPDATE_RULE, updateRule);
        policy = ids(components, ComponentKind.POLICY, policy);
        Set<String> overridden = new TreeSet<>();
        for (String option : parameters) {
            int eq = option.indexOf('=');
            if (eq > 0) {
                overridden.add(option.substring(0, eq).strip());
            }
        }
        List<String> merged = new ArrayList<>();
        for (Map.Entry<String, List<Located>> parameter : experiment.parameters().entrySet()) {
            String name = parameter.getKey();
            if (overridden.contains(name)) {
                continue;
            }
            ParameterSpec declaration = declared.get(name);
            List<Located> values = parameter.getValue();
            if (declaration == null) {
                throw new UsageException(values.get(0).where() + ": unknown parameter '" + name
                        + "'; the chosen components declare: " + String.join(", ", new TreeSet<>(declared.keySet())));
            }
            for (Located value : values) {
                try {
                    declaration.parse(value.text(name));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(value.where() + ": " + e.getMessage(), e);
                }
            }
            merged.add(name + "=" + String.join(",", values.stream().map(v -> v.text(name)).toList()));
        }
        merged.addAll(parameters);
        parameters = merged;
        if (!given.hasMatchedOption("--runs") && experiment.runs() != null) {
            runs = experiment.runs();
        }
        if (!given.hasMatchedOption("--seed") && experiment.seed() != null) {
            seed = experiment.seed();
        }
        metrics = experiment.metrics();
        boolean stopGiven = given.hasMatchedOption("--episodes") || given.hasMatchedOption("--steps")
                || given.hasMatchedOption("--until-optimal") || given.hasMatchedOption("--planning-only");
        return stopGiven || experiment.stop() == null ? stopCondition() : experiment.stop();
    }

    /** The measures to summarise: the file's metrics (checked against the stop), or all the stop offers. */
    private List<Measure> measures(StopCondition stop) {
        List<Measure> offered = Measure.of(stop);
        if (metrics.isEmpty()) {
            return offered;
        }
        List<Measure> chosen = new ArrayList<>();
        for (Located metric : metrics) {
            String name = metric.text("metrics");
            Measure measure = offered.stream().filter(m -> m.label().equals(name)).findFirst()
                    .orElseThrow(() -> new UsageException(metric.where() + ": metric '" + name + "' is not measured "
                            + "by this stop condition; valid: "
                            + String.join(", ", offered.stream().map(Measure::label).toList())));
            chosen.add(measure);
        }
        return chosen;
    }

    private static String ids(Map<String, List<Located>> components, ComponentKind kind, String otherwise) {
        List<Located> ids = components.get(kind.label());
        return ids == null ? otherwise : String.join(",", ids.stream().map(id -> id.text(kind.label())).toList());
    }

    private StopCondition stopCondition() {
        int given = (episodes != null ? 1 : 0) + (steps != null ? 1 : 0) + (untilOptimal ? 1 : 0)
                + (planningOnly != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("give one of --episodes, --steps, --until-optimal and --planning-only");
        }
        if (planningOnly != null) {
            checkAtLeastOne("--planning-only", planningOnly);
            checkAtLeastOne("--checkpoints", checkpoints);
            return new StopCondition.PlanningOnly(planningOnly, checkpoints);
        }
        if (untilOptimal) {
            if (!(pathFactor >= 1)) {
                throw new UsageException("--path-factor must be at least 1, not " + pathFactor);
            }
            if (maxUpdates < 1) {
                throw new UsageException("--max-updates must be at least 1, not " + maxUpdates);
            }
            return new StopCondition.UntilOptimal(pathFactor, maxUpdates);
        }
        if (steps != null) {
            checkAtLeastOne("--steps", steps);
            return new StopCondition.Steps(steps);
        }
        int count = episodes == null ? 50 : episodes;
        checkAtLeastOne("--episodes", count);
        return new StopCondition.Episodes(count);
    }

    /** The component dimensions of the sweep, each a comma list of ids. */
    private Map<String, List<String>> componentChoices() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put(ComponentKind.MODEL.label(), ids(model));
        choices.put(ComponentKind.PLANNER.label(), ids(planner));
        choices.put(ComponentKind.BONUS.label(), ids(bonus));
        return choices;
    }

    private static List<String> ids(String list) {
        return Arrays.stream(list.split(",", -1)).map(String::strip).toList();
    }

    private List<ExperimentPoint> prepare(ProviderRegistry registry, Sweep sweep, StopCondition stop) {
        AgentSpec base = AgentSpec.dynaQ(environment)
                .with(ComponentKind.UPDATE_RULE, updateRule)
                .with(ComponentKind.POLICY, policy);
        Set<String> componentNames = componentChoices().keySet();
        Set<String> given = new TreeSet<>(sweep.values().keySet());
        given.removeAll(componentNames);
        Set<String> declaredSomewhere = new TreeSet<>();
        List<ExperimentPoint> points = new ArrayList<>();
        for (SweepPoint point : sweep.points()) {
            AgentSpec spec = base
                    .with(ComponentKind.MODEL, point.values().get(ComponentKind.MODEL.label()))
                    .with(ComponentKind.PLANNER, point.values().get(ComponentKind.PLANNER.label()))
                    .with(ComponentKind.BONUS, point.values().get(ComponentKind.BONUS.label()));
            Set<String> declared = AgentConfiguration.declaredParameters(registry, spec);
            declaredSomewhere.addAll(declared);
            for (String name : given) {
                if (declared.contains(name)) {
                    spec = spec.with(name, point.values().get(name));
                }
            }
            points.add(prepare(point, spec, registry, stop));
        }
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(declaredSomewhere);
        if (!unknown.isEmpty()) {
            throw new ConfigurationException("unknown parameter '" + unknown.iterator().next()
                    + "'; the chosen components declare: " + String.join(", ", declaredSomewhere));
        }
        return points;
    }

    private ExperimentPoint prepare(SweepPoint point, AgentSpec spec, ProviderRegistry registry, StopCondition stop) {
        AgentConfiguration configuration = AgentConfiguration.resolve(registry, spec);
        AgentFactory agents = AgentFactory.of(configuration,
                plugins.guiceModules().toArray(com.google.inject.Module[]::new));
        try {
            DynaAgent probe = agents.create(seed);
            if (stop instanceof StopCondition.UntilOptimal until) {
                ExperimentRunner.pathLimit(probe.environment(), until.pathFactor());
            }
            if (stop instanceof StopCondition.PlanningOnly) {
                ExperimentRunner.startState(probe.environment());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return new ExperimentPoint(point, configuration, agents, Seeds.derive(seed, configuration.identity()));
    }

    private Map<String, Object> experiment(Sweep sweep, StopCondition stop) {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("command", "run");
        if (file != null) {
            entries.put("file", file.toString());
        }
        entries.put("seed", seed);
        entries.put("runs", runs);
        if (stop instanceof StopCondition.PlanningOnly planning) {
            entries.put("planning-only", Map.of("updates", planning.updates(), "checkpoints", planning.checkpoints()));
        } else if (stop instanceof StopCondition.UntilOptimal until) {
            entries.put("until-optimal", Map.of("path-factor", until.pathFactor(), "max-updates", until.maxUpdates()));
        } else {
            entries.put(stop instanceof StopCondition.Steps ? "steps" : "episodes", stop.count());
        }
        entries.put("sweep", sweep.values());
        return entries;
    }

    private static void checkAtLeastOne(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be at least 1, not " + value);
        }
    }
}
