package dyna.app.cli;

import com.hazelcast.core.HazelcastInstance;
import dyna.api.provider.ComponentKind;
import dyna.core.plugin.LoadedPlugins;
import dyna.core.registry.KindTable;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentJob;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.LocalPool;
import dyna.experiment.RunExecutor;
import dyna.experiment.Shard;
import dyna.experiment.StopCondition;
import dyna.experiment.agents.AgentHooks;
import dyna.experiment.cluster.ClusterExecutor;
import dyna.experiment.cluster.ClusterNode;
import dyna.experiment.cluster.ClusterSettings;
import dyna.experiment.cluster.MemberRuntime;
import dyna.experiment.output.ResultDirectory;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.reader.SpecJson;
import dyna.experiment.stop.Episodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code dyna run}: the experiment given by a file or by options, run by the engine
 * ({@link ExperimentJob}) on this machine's threads, a cluster or as a shard; prints its summary.
 * A component option exists for every kind an experiment sweeps, built-in or declared by a
 * plugin ({@link #addComponentOptions}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an experiment: runs x sweep points, in parallel. Writes episodes.csv and episodes.png "
                + "(or steps.csv and steps.png with --steps), config.json and spec.json into the output directory.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An experiment file (YAML or JSON, or a result directory's spec.json or config.json) instead "
                    + "of --env and the component options.")
    Path file;

    @Option(names = "--param", paramLabel = "NAME=VALUE[,VALUE...]", completionCandidates = ParameterNames.class,
            description = "A parameter value; a comma list sweeps it, a value in double quotes is one value "
                    + "(commas and all). Repeatable.")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Runs per sweep point (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--metrics", paramLabel = "NAME[,NAME...]",
            description = "What summary.csv reports and the chart draws, a row of panels each: the stop condition's "
                    + "measures or, per episode, any loaded metric's columns (see 'dyna list', METRICS).")
    String metrics;

    @Option(names = "--resume",
            description = "Keep the runs already finished in the output directory (after a crash) and do only the rest; "
                    + "with no experiment given, resume the one the directory holds.")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace the results of another experiment in the output directory.")
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
                    + "shards with 'dyna merge'.")
    String shard;

    @Option(names = "--merge", paramLabel = "DIR",
            description = "Take the finished runs of a shard directory of the same experiment (repeatable); runs "
                    + "that no shard holds are run here. Writes the results as a run of the whole experiment does.")
    List<Path> merge = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: a new one, "
            + "results/NAME/DATE_TIME, NAME the experiment file's or the environment's, under $DYNA_RESULTS if set; "
            + "--resume and --shard need --out).")
    Path out;

    @Mixin
    StopOptions stop;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    StreamOptions streams;

    @Mixin
    ChartFlags chart;

    @Mixin
    PluginOptions plugins;

    /**
     * Adds {@code --env} and an option for every kind an experiment sweeps, in the kind table's
     * order: {@code --model}, {@code --planner}, ... and those of the kinds plugins declare. Each
     * takes an id or a comma list that sweeps it.
     */
    static void addComponentOptions(CommandSpec command, KindTable kinds) {
        command.addOption(OptionSpec.builder("--env").paramLabel("ID").type(String.class)
                .completionCandidates(ComponentIds.of(ComponentKind.ENVIRONMENT))
                .description("The environment (see 'dyna list', ENVIRONMENTS); with the options below, the experiment "
                        + "instead of a FILE.").build());
        for (ComponentKind kind : kinds.sweptKinds()) {
            String fallback = kind.defaultId().orElseThrow();
            command.addOption(OptionSpec.builder("--" + kind.label()).paramLabel("ID[,ID...]").type(String.class)
                    .completionCandidates(ComponentIds.of(kind))
                    .description("The " + kind.label() + " (see 'dyna list', " + kind.heading() + "); a comma list "
                            + "sweeps it (default: " + (kind.equals(ComponentKind.SEARCH_CONTROL)
                            ? "the planner's own, for example priority-queue for prioritized-sweeping" : fallback)
                            + ").")
                    .build());
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out == null && (resume || shard != null)) {
            throw new UsageException((resume ? "--resume" : "--shard") + " needs --out DIR: the result directory "
                    + (resume ? "to go on with" : "of this shard's runs"));
        }
        if (out != null) {
            Options.checkDirectory("--out", out);
        }
        if (resume && overwrite) {
            throw new UsageException("give --resume or --overwrite, not both");
        }
        int threadCount = Options.threads(threads);
        Shard part = Options.shard(shard);
        boolean onCluster = cluster.onCluster();
        if (onCluster && (part.count() > 1 || saveAgents || loadAgent != null)) {
            throw new UsageException(part.count() > 1 ? "give --cluster to run on a cluster, or --shard to run a part "
                    + "of the runs, not both" : "--save-agents and --load-agent work with runs on this machine; drop "
                    + "--cluster");
        }
        if (part.count() > 1 && !merge.isEmpty()) {
            throw new UsageException("give --shard to run a part of the runs, or --merge to combine the parts, not both");
        }
        merge.forEach(source -> Options.checkShardDirectory("--merge", source));
        ClusterSettings settings = cluster.settings(threadCount);
        LoadedPlugins loaded = plugins.loaded();
        ProviderRegistry registry = loaded.registry();
        loaded.problems(registry).forEach(problem -> stderr.println("dyna run: warning: " + problem));
        ExperimentPlan plan = ExperimentPlan.of(experiment(registry.kinds()), registry, loaded.guiceModules());
        if (dryRun) {
            stdout.print(plan.describe(part));
            stdout.flush();
            return 0;
        }
        dyna.experiment.agents.SavedAgent start;
        try {
            start = loadAgent == null ? null
                    : AgentHooks.startingFrom(loadAgent, plan, note -> stderr.println("dyna run: note: " + note));
        } catch (IOException e) {
            throw new UsageException("--load-agent " + loadAgent + ": " + e.getMessage());
        }
        if (out == null) {   // only now, when nothing refused the experiment: no empty directory is left
            out = FreshOutput.create(FreshOutput.base(), FreshOutput.name(file,
                    spec.commandLine().getParseResult().matchedOptionValue("--env", (String) null)),
                    java.time.LocalDateTime.now());
            stderr.println("dyna run: writing into " + out + " (a new directory: no --out was given)");
            stderr.flush();
        }
        if (saveAgents && java.nio.file.Files.isSymbolicLink(out.resolve("agents"))) {
            throw new UsageException(out.resolve("agents") + " is a symbolic link; saved agents are written only inside "
                    + out + " (remove the link, or choose another --out)");
        }
        AgentHooks hooks = new AgentHooks(saveAgents ? out.resolve("agents") : null, start, loadAgent);
        String command = (file == null ? "run" : "run " + file) + (loadAgent == null ? "" : " --load-agent " + loadAgent);
        ExperimentJob.Options options = new ExperimentJob.Options(out, resume, overwrite, part, merge, command,
                streams.formats());
        ProgressListener progress = new ProgressListener(stderr, "dyna run");
        dyna.experiment.RunsUnderWay underWay = new dyna.experiment.RunsUnderWay();
        progress.underWay(underWay, plan.spec().stop());
        HazelcastInstance member = null;
        ExperimentJob.Outcome outcome;
        try {
            RunExecutor executor = new LocalPool(threadCount, underWay.before(hooks));
            if (onCluster) {
                if (!settings.loopback()) {
                    stderr.println("dyna run: " + ClusterNode.exposureWarning(settings));
                }
                member = ClusterNode.start(settings, MemberRuntime.of(loaded), DynaCommand.verbose(spec));
                if (member.getCluster().getMembers().size() == 1) {
                    progress.warning("warning: no member of cluster " + settings.id() + " answered at "
                            + String.join(",", settings.members()) + "; the runs run in this process until one joins "
                            + "(is 'dyna cluster member' running there, with --cluster-id " + settings.id() + "?)");
                }
                ClusterExecutor onMembers = new ClusterExecutor(member, SpecJson.write(plan.spec()), out.resolve("runs"),
                        resume, progress::warning);
                progress.detail(onMembers::perMember);
                executor = onMembers;
            }
            outcome = ExperimentJob.run(plan, executor, options, progress);
        } finally {
            if (member != null) {
                member.shutdown();
            }
        }
        return JobReport.print(outcome, hooks, stdout, stderr, merge.size());
    }

    /** The experiment: the file's (or, resuming with none given, the output directory's), changed by the options given. */
    private ExperimentSpec experiment(KindTable kinds) {
        ParseResult given = spec.commandLine().getParseResult();
        String environment = given.matchedOptionValue("--env", (String) null);
        Map<String, List<String>> parameterValues = Options.parameters(parameters, kinds);
        Integer runCount = given.hasMatchedOption("--runs") ? runs : null;
        Long masterSeed = given.hasMatchedOption("--seed") ? seed : null;
        List<String> metricNames = metrics == null ? null : Options.list("--metrics " + metrics, metrics);
        if (file != null || environment == null && resume) {
            for (ComponentKind kind : kinds.agentKinds()) {
                String option = kind.equals(ComponentKind.ENVIRONMENT) ? "--env" : "--" + kind.label();
                if (given.hasMatchedOption(option)) {
                    throw new UsageException(option + " cannot be combined with " + (file != null
                            ? "an experiment file; set it in " + file : "resuming the experiment in " + out
                            + "; give the experiment file or options it was run with"));
                }
            }
            ExperimentSpec base = file != null ? ExperimentFile.read(file, kinds) : ResultDirectory.recordedSpec(out, kinds);
            return base.overriddenBy(new ExperimentSpec.Overrides(parameterValues, runCount, masterSeed,
                    stop.condition(base.stop()), metricNames, chart.changes()));
        }
        if (environment == null) {
            throw new UsageException("give an experiment file or --env ID");
        }
        Options.atLeastOne("--runs", runs);
        Map<ComponentKind, List<String>> components = new TreeMap<>();
        for (ComponentKind kind : kinds.sweptKinds()) {
            String ids = given.matchedOptionValue("--" + kind.label(), (String) null);
            if (ids != null) {
                components.put(kind, Options.list("--" + kind.label() + " " + ids, ids));
            }
        }
        StopCondition stopping = stop.condition();
        return new ExperimentSpec(environment, components, parameterValues, runs, seed,
                stopping == null ? new Episodes(50) : stopping, metricNames == null ? List.of() : metricNames, "", null,
                Map.of(), chart.changes().applyTo(dyna.experiment.ChartOptions.DEFAULT));
    }

    /** The experiment that {@code dyna run ARGS...} would run, without running it (for tests and tools). */
    static ExperimentSpec experimentOf(String... args) {
        picocli.CommandLine line = DynaCommand.commandLine(prepend("run", args));
        ParseResult parsed = line.parseArgs(prepend("run", args));
        RunCommand command = (RunCommand) parsed.subcommand().commandSpec().userObject();
        return command.experiment(KindTable.builtIn());
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** The parameter names {@code --param} completes, for picocli, which creates it by its class. */
    static final class ParameterNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ComponentIds.parameters().iterator();
        }
    }
}
