package dyna.app.cli;

import dyna.core.plugin.LoadedPlugins;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentJob;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.LocalPool;
import dyna.experiment.Shard;
import dyna.experiment.ShardRecord;
import dyna.experiment.agents.AgentHooks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyna merge --out DIR SHARD_DIR...}: the results of an experiment run in shards
 * ({@code dyna run ... --shard K/N}), from the shard directories alone: the experiment is the one
 * the first shard records as data ({@link ShardRecord}), built with this process's plugins (a
 * shard directory names no code to load), each shard is checked to hold runs of it, and the
 * results are written as one local run writes them (runs that no shard holds are run here).
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Combine the directories of an experiment run in shards (dyna run ... --shard K/N) into one "
                + "result set, byte for byte that of a local run; runs that no shard holds are run here.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The --out directories of the shards.")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the results.")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads for runs no shard holds (default: all cores).")
    Integer threads;

    @Option(names = "--overwrite", description = "Replace the results of another experiment in --out.")
    boolean overwrite;

    @picocli.CommandLine.Mixin
    StreamOptions streams;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Options.checkDirectory("--out", out);
        shards.forEach(shard -> Options.checkShardDirectory("SHARD_DIR", shard));
        LoadedPlugins loaded = plugins.loaded();
        ProviderRegistry registry = loaded.registry();
        loaded.problems(registry).forEach(problem -> stderr.println("dyna merge: warning: " + problem));
        ShardRecord record = ShardRecord.read(shards.get(0), registry.kinds());
        ExperimentPlan plan = ExperimentPlan.of(record.spec(), registry, loaded.guiceModules());
        String command = record.spec().source() == null ? "run" : "run " + record.spec().source();
        ExperimentJob.Outcome outcome = ExperimentJob.run(plan, new LocalPool(Options.threads(threads)),
                new ExperimentJob.Options(out, false, overwrite, Shard.ALL, shards, command, streams.formats()),
                new ProgressListener(stderr, "dyna merge"));
        return JobReport.print(outcome, new AgentHooks(null, null, null), stdout, stderr, shards.size());
    }
}
