package dyna.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.app.bench.PlanningBenchmark;
import dyna.app.bench.PlanningBenchmarkResult;
import dyna.app.output.AtomicFiles;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench}: planning updates per second, framework against a hand-written loop. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Dyna-Q planning updates per second on the Dyna maze through the framework and through "
                + "a hand-written loop, in one JVM, and their ratio.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    Path json;

    @Option(names = "--updates", paramLabel = "N", defaultValue = "20000000",
            description = "Planning updates per timed round and side (default: ${DEFAULT-VALUE}).")
    int updates;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed rounds per side; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        if (updates < 1 || rounds < 1) {
            throw new UsageException("--updates and --rounds must be at least 1");
        }
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
                throw new UsageException("cannot write " + json + ": its directory does not exist or is not writable");
            }
        }
        PlanningBenchmarkResult result = PlanningBenchmark.run(ProviderRegistry.discover(), updates, rounds);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Dyna-Q planning updates per second on dyna-maze (median of %d rounds of %,d updates)%n",
                rounds, updates);
        out.printf("  framework (SPIs)      %,15.0f%n", result.frameworkUpdatesPerSecond());
        out.printf("  hand-written loop     %,15.0f%n", result.baselineUpdatesPerSecond());
        out.printf("  ratio                 %15.3f   (target >= 0.5)%n", result.ratio());
        out.printf("  bytes allocated per planning update %.4f, per real step %.2f%n",
                result.frameworkBytesPerPlanningUpdate(), result.frameworkBytesPerRealStep());
        out.flush();
        if (json != null) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("framework_updates_per_s", result.frameworkUpdatesPerSecond());
            figures.put("baseline_updates_per_s", result.baselineUpdatesPerSecond());
            figures.put("ratio", result.ratio());
            figures.put("framework_bytes_per_planning_update", result.frameworkBytesPerPlanningUpdate());
            figures.put("framework_bytes_per_real_step", result.frameworkBytesPerRealStep());
            figures.put("updates_per_round", result.updatesPerRound());
            figures.put("rounds", result.rounds());
            figures.put("java", System.getProperty("java.version"));
            figures.put("cores", Runtime.getRuntime().availableProcessors());
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            AtomicFiles.write(json, stream -> stream.write(mapper.writeValueAsBytes(figures)));
        }
        return 0;
    }
}
