package dyna.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.app.bench.ClusterBenchmark;
import dyna.experiment.cluster.MemberRuntime;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.reader.SpecJson;
import dyna.experiment.stop.Episodes;
import java.util.Map;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.output.AtomicFiles;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench cluster}: a sweep on two cluster members of one thread against one local thread. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Time a sweep of runs of about 100 ms (Dyna-Q on dyna-maze, planning-steps 500) on the local "
                + "pool with one thread and with two, then on a cluster of this process and one member JVM it starts "
                + "on loopback ports, one thread each: the speed-ups, and the CPU time per run beyond the local "
                + "pool's. Takes about 4 minutes with the defaults on 2 cores.")
final class BenchClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
            description = "Runs of each timed sweep (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--episodes", paramLabel = "N", defaultValue = "400",
            description = "Episodes per run, which set the run length (default: ${DEFAULT-VALUE}, about 100 ms).")
    int episodes;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    Path json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1 || episodes < 1) {
            throw new UsageException("--runs and --episodes must be at least 1");
        }
        BenchCommand.checkWritable(json);
        ClusterCommand.requireBackend();
        ExperimentSpec experiment = new ExperimentSpec("dyna-maze", Map.of(), Map.of("planning-steps", List.of("500")),
                runs, 2026, new Episodes(episodes), List.of(), "", null, Map.of());
        ProviderRegistry registry = plugins.registry();
        MemberRuntime runtime = MemberRuntime.of(plugins.loaded());
        ExperimentPlan plan = ExperimentPlan.of(experiment, registry, plugins.guiceModules());
        String source = SpecJson.write(experiment);
        List<String> options = new ArrayList<>();
        for (Path directory : plugins.directories) {
            options.addAll(List.of("--plugins", directory.toAbsolutePath().toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterBenchmark.Result result = ClusterBenchmark.run(plan, source, runtime, thisCommand(), options, runs,
                line -> {
                    err.println("dyna bench cluster: " + line);
                    err.flush();
                });
        out.printf("Sweep of %,d runs of %.1f ms (dyna-maze, Dyna-Q, planning-steps 500, %d episodes each)%n",
                result.runs(), result.millisPerRun(), episodes);
        row(out, "local pool, 1 thread", result.localOne());
        row(out, "local pool, 2 threads", result.localTwo());
        row(out, "2 members of 1 thread (cluster)", result.cluster());
        out.printf("  speed-up, cluster               %10.2f            (against 1 local thread; expect close to 2 "
                + "on 2 cores)%n", result.speedUp());
        out.printf("  speed-up, local pool            %10.2f            (2 threads against 1, one process)%n",
                result.localSpeedUp());
        out.printf("  CPU overhead per run            %10.2f ms (%.1f%%, cluster against the local pool of 2 "
                + "threads)%n", result.overheadCpuMillisPerRun(),
                100 * result.overheadCpuMillisPerRun() / result.localTwo().cpuMillisPerRun());
        out.flush();
        if (json != null) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("cluster_runs", result.runs());
            figures.put("cluster_episodes_per_run", episodes);
            figures.put("cluster_ms_per_run", result.millisPerRun());
            figures.put("cluster_runs_per_s_local_1_thread", result.localOne().runsPerSecond());
            figures.put("cluster_runs_per_s_local_2_threads", result.localTwo().runsPerSecond());
            figures.put("cluster_runs_per_s_2_members", result.cluster().runsPerSecond());
            figures.put("cluster_speedup", result.speedUp());
            figures.put("cluster_local_speedup", result.localSpeedUp());
            figures.put("cluster_cpu_ms_per_run_local_1_thread", result.localOne().cpuMillisPerRun());
            figures.put("cluster_cpu_ms_per_run_local_2_threads", result.localTwo().cpuMillisPerRun());
            figures.put("cluster_cpu_ms_per_run_cluster", result.cluster().cpuMillisPerRun());
            figures.put("cluster_overhead_cpu_ms_per_run", result.overheadCpuMillisPerRun());
            figures.put("java", System.getProperty("java.version"));
            figures.put("cores", Runtime.getRuntime().availableProcessors());
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            AtomicFiles.write(json, stream -> stream.write(mapper.writeValueAsBytes(figures)));
        }
        return 0;
    }

    private static void row(PrintWriter out, String label, ClusterBenchmark.Sweep sweep) {
        out.printf("  %-31s %,10.2f runs/s   %8.2f CPU-ms per run%n", label, sweep.runsPerSecond(),
                sweep.cpuMillisPerRun());
    }

    /** The command that starts this application again in a new JVM, with this JVM's options. */
    private static List<String> thisCommand() {
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath == null) {
            throw new IllegalStateException("dyna bench cluster runs from the module path (./dyna or java -p lib -m "
                    + "dyna.app); this JVM has none");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agentlib:jdwp")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-p", modulePath, "--add-modules", ClusterCommand.BACKEND, "-m", "dyna.app"));
        return command;
    }
}
