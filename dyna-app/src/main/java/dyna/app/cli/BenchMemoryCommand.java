package dyna.app.cli;

import dyna.app.bench.MemoryBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench memory}: heap per state-action pair of tabular agents on a large maze. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Heap per state-action pair of tabular Dyna-Q and of prioritized sweeping with the stochastic "
                + "model, on an open N x N maze, once set up and after one episode.")
final class BenchMemoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--size", paramLabel = "N", defaultValue = "1000",
            description = "The maze's side: N x N cells, 4 actions (default: ${DEFAULT-VALUE}, 4 million pairs).")
    int size;

    @Override
    public Integer call() throws java.io.IOException {
        if (size < 2 || size > 2000) {
            throw new UsageException("--size must be from 2 to 2000 (maps hold at most 4 million cells), not " + size);
        }
        print(spec.commandLine().getOut(), MemoryBenchmark.run(plugins.registry(), size));
        return 0;
    }

    static void print(PrintWriter out, List<MemoryBenchmark.Result> results) {
        out.printf("Heap per state-action pair (targets: <= 24 bytes for Dyna-Q, <= 48 for prioritized sweeping)%n");
        for (MemoryBenchmark.Result result : results) {
            out.printf("  %-56s %,d pairs: %6.1f bytes set up, %6.1f after an episode%n", result.what(),
                    result.pairs(), result.afterSetup(), result.afterEpisode());
        }
        out.flush();
    }
}
