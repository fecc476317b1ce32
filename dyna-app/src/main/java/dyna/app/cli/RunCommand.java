package dyna.app.cli;

import dyna.api.provider.ComponentKind;
import com.hazelcast.core.HazelcastInstance;
import dyna.experiment.agents.AgentHooks;
import dyna.experiment.agents.AgentStore;
import dyna.experiment.agents.SavedAgent;
import dyna.experiment.cluster.ClusterExecutor;
import dyna.experiment.cluster.ClusterNode;
import dyna.experiment.cluster.ClusterSettings;
import dyna.experiment.cluster.RunSource;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.LocalPool;
import dyna.experiment.RunExecutor;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.output.ResultDirectory;
import dyna.experiment.RunFailure;
import dyna.experiment.RunJournal;
import dyna.experiment.Shard;
import dyna.experiment.SweepResults;
import dyna.experiment.StopCondition;
import dyna.experiment.WrittenResults;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.stop.Episodes;
import dyna.experiment.stop.PlanningOnly;
import dyna.experiment.stop.Steps;
import dyna.experiment.stop.UntilOptimal;
import dyna.experiment.stop.UntilSolved;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Mixin
    PluginOptions plugins;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An experiment file (YAML or JSON) instead of --env and the component options.")
    Path file;

    /** The experiment file's text, when it was read elsewhere (by a cluster's submitter); else null. */
    private String fileText;

    @Option(names = "--env", paramLabel = "ID", description = "Environment id (see 'dyna list').")
    String environment;

    @Option(names = "--model", paramLabel = "ID[,ID...]", defaultValue = "tabular-deterministic",
            description = "Model id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--planner", paramLabel = "ID[,ID...]", defaultValue = "random-sample",
            description = "Planner id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
    String planner;

    @Option(names = "--search-control", paramLabel = "ID[,ID...]", defaultValue = "planner-default",
            description = "Search control id: where planning updates start; a comma list sweeps it (default: the "
                    + "planner's own, for example priority-queue for prioritized-sweeping).")
    String searchControl;

    @Option(names = "--values", paramLabel = "ID[,ID...]", defaultValue = "tabular",
            description = "Action values id (tabular, linear); a comma list sweeps it (default: ${DEFAULT-VALUE}).")
    String values;

    @Option(names = "--features", paramLabel = "ID[,ID...]", defaultValue = "one-hot",
            description = "Features id, for linear values (one-hot, tile-coding); a comma list sweeps it "
                    + "(default: ${DEFAULT-VALUE}).")
    String features;

    @Option(names = "--bonus", paramLabel = "ID[,ID...]", defaultValue = "none",
            description = "Exploration bonus id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
    String bonus;

    @Option(names = "--update-rule", paramLabel = "ID[,ID...]", defaultValue = "q-learning",
            description = "Update rule id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
    String updateRule;

    @Option(names = "--policy", paramLabel = "ID[,ID...]", defaultValue = "epsilon-greedy",
            description = "Behaviour policy id; a comma list sweeps it (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--until-solved", paramLabel = "RETURN",
            description = "Run each run until the mean return of the last --window episodes reaches RETURN (for "
                    + "example 475 on cart-pole), instead of --episodes; writes solved.csv and solved.png (real steps "
                    + "until solved).")
    Double untilSolved;

    @Option(names = "--window", paramLabel = "N", defaultValue = "100",
            description = "With --until-solved: the episodes the mean return is over (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "1000000",
            description = "With --until-solved: a run not solved after N real steps stops as not solved "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxSteps;

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

    @Option(names = "--overwrite",
            description = "Replace the results of another experiment in the output directory.")
    boolean overwrite;

    @Option(names = "--dry-run",
            description = "Check the experiment and print its sweep points and run count; run nothing, write nothing.")
    boolean dryRun;

    @Option(names = "--save-agents",
            description = "Save what each run's agent learned (values, model, search control, where they can be saved) "
                    + "under OUT/agents/POINT/run-N, for 'dyna inspect' and 'dyna evaluate' and to go on learning.")
    boolean saveAgents;

    @Option(names = "--load-agent", paramLabel = "DIR",
            description = "Start every run from the agent saved in DIR (OUT/agents/.../run-N of an earlier run "
                    + "with --save-agents), to go on learning; its components must be those of the experiment's agents.")
    Path loadAgent;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only the runs whose identity hashes to shard K of N (a Slurm job array, a Kubernetes "
                    + "indexed job), into their own journal in --out; no result files are written. Combine the "
                    + "shards with --merge.")
    String shard;

    @Option(names = "--merge", paramLabel = "DIR",
            description = "Take the finished runs of a shard directory of the same experiment (repeatable); runs "
                    + "that no shard holds are run here. Writes the results as a run of the whole experiment does.")
    List<Path> merge = new ArrayList<>();

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,...]",
            description = "Run the runs on the cluster these members belong to (started with 'dyna cluster member'); "
                    + "this process is a member too and writes the results as a local run does (default: "
                    + "DYNA_CLUSTER, else this machine's threads).")
    String cluster;

    @Option(names = "--cluster-id", paramLabel = "ID", defaultValue = "default",
            description = "With --cluster: the id the members were started with (default: ${DEFAULT-VALUE}).")
    String clusterId;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ClusterSettings.LOOPBACK,
            description = "With --cluster: the address this process listens on as a member (default: "
                    + "${DEFAULT-VALUE}); give this machine's address on the members' network when they are elsewhere.")
    String bind;

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
        if (out.toString().isBlank()) {
            throw new UsageException("--out must name a directory, not an empty text");
        }
        if (resume && overwrite) {
            throw new UsageException("give --resume or --overwrite, not both");
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        checkAtLeastOne("--threads", threadCount);
        Shard part;
        try {
            part = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String members = cluster != null ? cluster : System.getenv("DYNA_CLUSTER");
        boolean onCluster = members != null && !members.isBlank();
        ClusterSettings clusterSettings = !onCluster ? null : ClusterCommand.settings(clusterId, bind, null, members,
                cluster != null ? "--cluster" : "DYNA_CLUSTER", threadCount);
        if (onCluster && part.count() > 1) {
            throw new UsageException("give --cluster to run on a cluster, or --shard to run a part of the runs, not both");
        }
        if (part.count() > 1 && !merge.isEmpty()) {
            throw new UsageException("give --shard to run a part of the runs, or --merge to combine the parts, not both");
        }
        for (Path source : merge) {
            if (!Files.isDirectory(source)) {
                throw new UsageException("--merge " + source + ": no such directory; give the --out directory of a "
                        + "run with --shard");
            }
        }
        ExperimentSpec experiment = experiment();
        ProviderRegistry registry = plugins.registry();
        for (String problem : plugins.problems(registry)) {
            stderr.println("dyna run: warning: " + problem);
        }
        ExperimentPlan plan = ExperimentPlan.of(experiment, registry, plugins.guiceModules());
        if (onCluster && (saveAgents || loadAgent != null)) {
            throw new UsageException("--save-agents and --load-agent work with runs on this machine; drop --cluster");
        }
        AgentHooks hooks = new AgentHooks(saveAgents ? out.resolve("agents") : null,
                loadAgent == null ? null : startingAgent(plan), loadAgent);
        if (dryRun) {
            stdout.print(dryRun(plan, part));
            stdout.flush();
            return 0;
        }

        AtomicInteger finished = new AtomicInteger();
        try (ResultDirectory directory = ResultDirectory.open(out, plan, resume || !merge.isEmpty(), overwrite)) {
            RunJournal journal = directory.journal();
            if (!resume && merge.isEmpty()) {
                directory.removeSavedAgents();
            }
            int mine = runsOwned(plan, part);
            int taken = directory.merge(plan, merge);
            int total = mine;
            ProgressBar progress = new ProgressBar(stderr, total, ProgressBar.onTerminal());
            Thread onInterrupt = new Thread(() -> {
                directory.abandon();
                stderr.println();
                stderr.println("dyna run: interrupted; " + finished.get() + " of " + plan.totalRuns()
                        + " runs are finished and kept in " + out.resolve("runs")
                        + "; run the same command with --resume to continue");
                stderr.flush();
            }, "dyna-interrupt");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            WrittenResults written;
            HazelcastInstance member = null;
            try {
                RunExecutor executor = new LocalPool(threadCount, hooks);
                if (onCluster) {
                    if (!clusterSettings.loopback()) {
                        stderr.println("dyna run: " + ClusterNode.exposureWarning(clusterSettings));
                    }
                    member = ClusterNode.start(clusterSettings, ClusterCommand.runtime(plugins, registry),
                            DynaCommand.verbose(spec));
                    ClusterExecutor onMembers = new ClusterExecutor(member, new RunSource(
                            file == null ? null : file.toAbsolutePath().toString(),
                            file == null ? null : Files.readString(file), argsAfterRun()), resume,
                            line -> {
                                synchronized (stderr) {
                                    if (ProgressBar.onTerminal()) {
                                        stderr.println();   // below the bar drawn in place
                                    }
                                    stderr.println("dyna run: " + line);
                                    stderr.flush();
                                }
                            });
                    progress.detail(onMembers::perMember);
                    executor = onMembers;
                }
                SweepResults sweep = new ExperimentRunner(executor).run(plan.points(), experiment.runs(),
                        plan.spec().stop(), done -> {
                            finished.set(done);
                            progress.update(Math.min(done, total));
                        }, journal, (point, run) -> part.owns(journal.fileName(point, run)));
                for (String damaged : directory.journal().damaged()) {
                    stderr.println("dyna run: warning: run file " + damaged + " was not used; its run was done again");
                }
                if (!sweep.complete()) {
                    reportFailures(stderr, sweep, plan);
                    return SOME_RUNS_FAILED;
                }
                if (part.count() > 1) {
                    writeShardRecord(part);
                    stdout.printf("Shard %s: its %d of the %d runs are finished and kept in %s; when every shard is "
                            + "done, write the results with: dyna merge --out DIR SHARD_DIR...%n",
                            part, mine, plan.totalRuns(), out.resolve("runs"));
                    stdout.flush();
                    return 0;
                }
                if (taken > 0) {
                    stdout.printf("Merged %d finished runs from %d shard director%s%n", taken, merge.size(),
                            merge.size() == 1 ? "y" : "ies");
                }
                written = directory.commit(plan, sweep.results(), (file == null ? "run" : "run " + file)
                        + (loadAgent == null ? "" : " --load-agent " + loadAgent));
            } finally {
                if (member != null) {
                    member.shutdown();
                }
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to
                }
            }
            stdout.print(written.summary());
            stdout.print(hooks.report());
            for (String warning : written.warnings()) {
                stderr.println("dyna run: warning: " + warning + "; the other files are written");
            }
            String chart = written.warnings().isEmpty() ? out.resolve(written.chart()) + " (and .svg), " : "";
            stdout.printf("Wrote %s, %s, %s%s, %s%n", out.resolve(written.data()), out.resolve("summary.csv"), chart,
                    out.resolve("config.json"), out.resolve("report.html"));
            stdout.flush();
        }
        return 0;
    }

    /** How many of the plan's runs a shard owns (all of them for {@link Shard#ALL}). */
    private static int runsOwned(ExperimentPlan plan, Shard part) {
        int owned = 0;
        for (ExperimentPoint point : plan.points()) {
            for (int run = 0; run < plan.spec().runs(); run++) {
                owned += part.owns(RunJournal.fileName(point, run, plan.spec().stop())) ? 1 : 0;
            }
        }
        return owned;
    }

    /** What {@code --dry-run} prints: the run count, what every point shares, and each point. */
    static String dryRun(ExperimentPlan plan, Shard part) {
        ExperimentSpec spec = plan.spec();
        StringBuilder text = new StringBuilder();
        int points = plan.points().size();
        text.append(String.format(java.util.Locale.ROOT, "%s: %d sweep point%s x %d run%s = %d runs, stop %s, seed %d",
                spec.environment(), points, points == 1 ? "" : "s", spec.runs(), spec.runs() == 1 ? "" : "s",
                plan.totalRuns(), spec.stop().identity(), spec.seed()));
        if (part.count() > 1) {
            text.append(", of which shard ").append(part).append(" has ").append(runsOwned(plan, part));
        }
        text.append("; nothing was run (--dry-run)\n");
        List<String> fixed = new ArrayList<>();
        spec.dimensions().forEach((name, values) -> {
            if (!plan.sweptNames().contains(name)) {
                fixed.add(name + "=" + String.join(",", values));
            }
        });
        text.append("every point: ").append(String.join(", ", fixed)).append('\n');
        for (int p = 0; p < points; p++) {
            text.append(String.format(java.util.Locale.ROOT, "%4d  %s%n", p + 1, plan.points().get(p).point().label()));
        }
        return text.toString();
    }

    /** The file in a shard's {@code runs/} that says how it was run, for {@code dyna merge}. */
    static final String SHARD_RECORD = "shard.json";

    /**
     * Records in {@code runs/shard.json} the shard and the command line that ran it (with the
     * directory it ran from, against which a relative experiment file is read), so that
     * {@code dyna merge} can rebuild the experiment from the shard directories alone.
     */
    private void writeShardRecord(Shard part) throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("shard", part.toString());
        record.put("directory", Path.of("").toAbsolutePath().toString());
        record.put("args", argsAfterRun());
        byte[] bytes = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(record);
        dyna.experiment.output.AtomicFiles.write(out.resolve("runs").resolve(SHARD_RECORD), stream -> stream.write(bytes));
    }

    /** This command's arguments: what followed {@code run} on the command line. */
    private List<String> argsAfterRun() {
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        int at = all.indexOf(spec.name());   // the whole command line: keep what follows "run"
        return List.copyOf(all.subList(at + 1, all.size()));
    }

    /**
     * This command, parsed from a shard's recorded command line, set to merge {@code sources}
     * into {@code target} instead of running a shard; its experiment file and plugin directories
     * are read from where the shard ran.
     */
    static RunCommand merging(CommandSpec caller, java.util.List<String> args, Path directory, List<Path> sources,
            Path target, Integer threads, boolean overwrite) {
        RunCommand command = new RunCommand();
        picocli.CommandLine line = new picocli.CommandLine(command);
        line.setOut(caller.commandLine().getOut());
        line.setErr(caller.commandLine().getErr());
        line.parseArgs(args.toArray(String[]::new));
        if (command.file != null) {
            command.file = directory.resolve(command.file);
        }
        command.plugins.directories.replaceAll(directory::resolve);   // relative to where the shard ran, too
        command.shard = null;
        command.merge = new ArrayList<>(sources);
        command.out = target;
        command.resume = false;
        command.overwrite = overwrite;
        command.threads = threads;
        return command;
    }

    /** Exit code when some runs failed and the others were kept. */
    static final int SOME_RUNS_FAILED = 3;

    private void reportFailures(PrintWriter stderr, SweepResults sweep, ExperimentPlan plan) {
        List<RunFailure> failures = sweep.failures();
        failures.stream().limit(10).forEach(f -> stderr.println("dyna run: " + f.line()));
        if (failures.size() > 10) {
            stderr.println("dyna run: ... and " + (failures.size() - 10) + " more failed runs");
        }
        stderr.println("dyna run: " + failures.size() + " of " + plan.totalRuns() + " runs failed; the "
                + (plan.totalRuns() - failures.size()) + " finished runs are kept in " + out.resolve("runs")
                + " and no result files were written; fix the cause, then run the same command with --resume "
                + "to do only the failed runs");
        stderr.flush();
    }

    /**
     * The experiment a cluster's submitter runs, rebuilt from its source: the arguments parsed as
     * {@code dyna run} parses them, with the experiment file's text as the submitter read it.
     */
    static ExperimentSpec experimentOf(RunSource source) {
        RunCommand command = new RunCommand();
        new picocli.CommandLine(command).parseArgs(source.args().toArray(String[]::new));
        if (source.file() != null) {
            command.file = Path.of(source.file());
            command.fileText = source.text();
        }
        return command.experiment();
    }

    /** The experiment that {@code dyna run ARGS...} would run, without running it (for tests and tools). */
    static ExperimentSpec experimentOf(String... args) {
        RunCommand command = new RunCommand();
        new picocli.CommandLine(command).parseArgs(args);
        return command.experiment();
    }

    /** The experiment: the file's, changed by the options given, or the options' alone. */
    private ExperimentSpec experiment() {
        ParseResult given = spec.commandLine().getParseResult();
        StopCondition stop = stopCondition(given);
        Map<String, List<String>> parameterValues = parameters();
        if (file != null) {
            for (String option : List.of("--env", "--model", "--planner", "--search-control", "--bonus", "--update-rule", "--policy",
                    "--values", "--features")) {
                if (given.hasMatchedOption(option)) {
                    throw new UsageException(option + " cannot be combined with an experiment file; set it in " + file);
                }
            }
            return (fileText == null ? ExperimentFile.read(file) : ExperimentFile.read(file, fileText, dyna.core.registry.KindTable.builtIn())).overriddenBy(new ExperimentSpec.Overrides(parameterValues,
                    given.hasMatchedOption("--runs") ? runs : null, given.hasMatchedOption("--seed") ? seed : null,
                    stop));
        }
        if (environment == null) {
            throw new UsageException("give an experiment file or --env ID");
        }
        checkAtLeastOne("--runs", runs);
        Map<ComponentKind, List<String>> components = new java.util.TreeMap<>();
        components.put(ComponentKind.MODEL, ids("--model", model));
        components.put(ComponentKind.PLANNER, ids("--planner", planner));
        components.put(ComponentKind.SEARCH_CONTROL, ids("--search-control", searchControl));
        components.put(ComponentKind.BONUS, ids("--bonus", bonus));
        components.put(ComponentKind.UPDATE_RULE, ids("--update-rule", updateRule));
        components.put(ComponentKind.POLICY, ids("--policy", policy));
        components.put(ComponentKind.VALUES, ids("--values", values));
        components.put(ComponentKind.FEATURES, ids("--features", features));
        return new ExperimentSpec(environment, components, parameterValues, runs, seed,
                stop == null ? new Episodes(50) : stop, List.of(), "", null, Map.of());
    }

    /** The {@code --param NAME=VALUE[,VALUE...]} options by name. */
    private Map<String, List<String>> parameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String option : parameters) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param '" + option + "': expected NAME=VALUE[,VALUE...]");
            }
            String name = option.substring(0, eq).strip();
            if (ExperimentSpec.sweptKindLabels().contains(name) || name.equals("environment")) {
                throw new UsageException("--param " + name + ": choose the " + name + " with --"
                        + (name.equals("environment") ? "env" : name));
            }
            if (values.put(name, list("--param '" + option + "'", option.substring(eq + 1))) != null) {
                throw new UsageException("--param " + name + " is given twice; list its values in one option, as "
                        + name + "=A,B");
            }
        }
        return values;
    }

    private static List<String> ids(String option, String text) {
        return list(option + " " + text, text);
    }

    /** A comma list of values, none empty when there are several, none listed twice. */
    private static List<String> list(String option, String text) {
        List<String> list = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        if (list.size() > 1 && list.contains("")) {
            throw new UsageException(option + ": a value in the list is empty");
        }
        if (list.size() != list.stream().distinct().count()) {
            throw new UsageException(option + ": a value is listed twice");
        }
        return list;
    }

    /** The stop condition the options give, or null when none is given. */
    private StopCondition stopCondition(ParseResult given) {
        int count = (episodes != null ? 1 : 0) + (steps != null ? 1 : 0) + (untilOptimal ? 1 : 0)
                + (planningOnly != null ? 1 : 0) + (untilSolved != null ? 1 : 0);
        if (count > 1) {
            throw new UsageException("give one of --episodes, --steps, --until-optimal, --until-solved and "
                    + "--planning-only");
        }
        try {
            if (untilSolved != null) {
                return new UntilSolved(untilSolved, window, maxSteps);
            }
            if (planningOnly != null) {
                return new PlanningOnly(planningOnly, checkpoints);
            }
            if (untilOptimal) {
                return new UntilOptimal(pathFactor, maxUpdates);
            }
            if (steps != null) {
                return new Steps(steps);
            }
            return episodes == null ? null : new Episodes(episodes);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage(), e);
        }
    }

    private static void checkAtLeastOne(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be at least 1, not " + value);
        }
    }

    /**
     * The agent of {@code --load-agent}, checked against every point of the experiment by loading
     * it into a probe agent, so that a misfit is one message before any run.
     */
    private SavedAgent startingAgent(ExperimentPlan plan) {
        try {
            SavedAgent saved = SavedAgent.read(loadAgent);
            String learnedIn = environment(saved.spec());
            for (ExperimentPoint point : plan.points()) {
                String here = environment(point.configuration().spec());
                if (!here.equals(learnedIn)) {
                    spec.commandLine().getErr().println("dyna run: note: the agent of --load-agent learned in "
                            + learnedIn + "; it goes on learning in " + here);
                    break;
                }
                AgentStore.load(saved, loadAgent, point.agents().create(point.seed()), point.configuration());
            }
            return saved;
        } catch (IOException e) {
            throw new UsageException("--load-agent " + loadAgent + ": " + e.getMessage());
        }
    }

    /** The environment of a spec and its parameters, as users read them. */
    private static String environment(dyna.core.compose.AgentSpec agent) {
        String prefix = ComponentKind.ENVIRONMENT.label() + ".";
        return agent.component(ComponentKind.ENVIRONMENT) + new java.util.TreeMap<>(agent.parameters()).entrySet()
                .stream().filter(e -> e.getKey().startsWith(prefix) && !e.getValue().isEmpty())
                .map(e -> e.getKey().substring(prefix.length()) + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", " (", ")"));
    }
}
