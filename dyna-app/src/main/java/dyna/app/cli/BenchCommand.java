package dyna.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.app.bench.LinearDynaBenchmark;
import dyna.app.bench.MemoryBenchmark;
import dyna.app.bench.LinearSarsaBenchmark;
import dyna.app.bench.NeuralEnsembleBenchmark;
import dyna.app.bench.PlanningBenchmark;
import dyna.app.bench.PlanningBenchmarkResult;
import dyna.app.bench.StartupBenchmark;
import dyna.app.bench.SweepBenchmark;
import dyna.experiment.output.AtomicFiles;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench}: planning updates per second, framework against a hand-written loop. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Dyna-Q planning updates per second on the Dyna maze, and semi-gradient Sarsa steps per "
                + "second and Linear Dyna planning updates per second on Mountain Car, through the framework and through a hand-written loop, in one JVM, and "
                + "their ratios; the neural ensemble's training and prediction speed on CartPole; and a sweep of short "
                + "runs with one thread and with all. 'dyna bench cluster' times a sweep on a cluster; 'dyna bench ensemble' the neural ensemble alone.",
        subcommands = {BenchClusterCommand.class, BenchStartupCommand.class, BenchMemoryCommand.class,
            BenchNnCommand.class, BenchEnsembleCommand.class, BenchSacCommand.class,
            BenchControllerCommand.class})
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

    @Option(names = "--ensemble-batches", paramLabel = "N", defaultValue = "200",
            description = "Minibatch steps per member per timed retraining of the neural ensemble, and 5,000 times as "
                    + "many single predictions (default: ${DEFAULT-VALUE}).")
    int ensembleBatches;

    @Option(names = "--sac-steps", paramLabel = "N", defaultValue = "100",
            description = "SAC gradient steps per timed round at 2x64 (a quarter at 2x256; default: ${DEFAULT-VALUE}).")
    int sacSteps;

    @Option(names = "--sweep-runs", paramLabel = "N", defaultValue = "1000",
            description = "Runs of the sweep benchmark (default: ${DEFAULT-VALUE}).")
    int sweepRuns;

    /**
     * Throws a usage error unless FILE (if given) can be written: its directory exists and is
     * writable, and nothing but a regular file stands at the path (a FIFO, a device, a directory or
     * a symbolic link is refused, never replaced).
     */
    static void checkWritable(Path file) {
        if (file != null) {
            java.util.Optional<String> problem = AtomicFiles.problem(file);
            if (problem.isPresent()) {
                throw new UsageException(problem.get());
            }
            if (!Files.isWritable(file.toAbsolutePath().getParent())) {
                throw new UsageException("cannot write " + file + ": its directory is not writable");
            }
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (updates < 1 || rounds < 1 || sweepRuns < 1 || ensembleBatches < 1 || ensembleBatches > 100_000
                || sacSteps < 1 || sacSteps > 100_000) {
            throw new UsageException("--updates, --rounds and --sweep-runs must be at least 1, and --ensemble-batches "
                    + "and --sac-steps from 1 to 100000");
        }
        checkWritable(json);
        ProviderRegistry registry = ProviderRegistry.discover();
        PlanningBenchmarkResult result = PlanningBenchmark.run(registry, updates, rounds);
        LinearSarsaBenchmark.Result linear = LinearSarsaBenchmark.run(registry, 1000, rounds);
        LinearDynaBenchmark.Result linearDyna = LinearDynaBenchmark.run(registry, 1_000_000, rounds);
        NeuralEnsembleBenchmark.Result neural = NeuralEnsembleBenchmark.run(registry, ensembleBatches,
                5_000 * ensembleBatches, rounds);
        dyna.app.bench.NnBenchmark.Result[] nn = dyna.app.bench.NnBenchmark.run(Math.min(rounds, 5));
        dyna.app.bench.SacBenchmark.Result sac = dyna.app.bench.SacBenchmark.run(registry, sacSteps, Math.min(rounds, 5));
        int threads = Runtime.getRuntime().availableProcessors();
        SweepBenchmark.Result sweep = SweepBenchmark.run(registry, sweepRuns, threads);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Dyna-Q planning updates per second on dyna-maze (median of %d rounds of %,d updates)%n",
                rounds, updates);
        out.printf("  framework (SPIs)      %,15.0f%n", result.frameworkUpdatesPerSecond());
        out.printf("  hand-written loop     %,15.0f%n", result.baselineUpdatesPerSecond());
        out.printf("  ratio                 %15.3f   (target >= 0.9)%n", result.ratio());
        out.printf("  bytes allocated per planning update %.4f, per real step %.2f%n",
                result.frameworkBytesPerPlanningUpdate(), result.frameworkBytesPerRealStep());
        out.printf("Semi-gradient Sarsa real steps per second on mountain-car, 8 tilings (median of %d rounds of "
                + "%d episodes from scratch)%n", linear.rounds(), linear.episodes());
        out.printf("  framework (SPIs)      %,15.0f%n", linear.frameworkStepsPerSecond());
        out.printf("  hand-written loop     %,15.0f%n", linear.baselineStepsPerSecond());
        out.printf("  ratio                 %15.3f   (target >= 0.8)%n", linear.ratio());
        out.printf("  bytes allocated per real step %.2f (one result object per episode)%n", linear.bytesPerStep());
        out.printf("Linear Dyna planning updates per second on mountain-car, 8 tilings, unit-features, LMS model "
                + "(median of %d rounds of %,d updates; %,d pairs, %.1f non-zeros per column of F)%n",
                linearDyna.rounds(), linearDyna.updates(), linearDyna.pairs(), linearDyna.meanColumnNonZeros());
        out.printf("  framework (SPIs)      %,15.0f%n", linearDyna.frameworkUpdatesPerSecond());
        out.printf("  hand-written loop     %,15.0f%n", linearDyna.baselineUpdatesPerSecond());
        out.printf("  ratio                 %15.3f   (target >= 0.8)%n", linearDyna.ratio());
        out.printf("  bytes allocated per planning update %.4f%n", linearDyna.bytesPerUpdate());
        out.printf("neural-ensemble on cart-pole: %d members of 2x64 SiLU, minibatches of 256 (median of %d rounds)%n",
                neural.members(), neural.rounds());
        out.printf("  training              %15.3f ms per member step   (target <= 3)%n", neural.msPerMemberStep());
        out.printf("  single predictions    %,15.0f per second, %.2f us each   (target <= 3 us)%n",
                neural.predictionsPerSecond(), neural.microsecondsPerPrediction());
        out.printf("  hand-written networks %15.3f ms per member step, %.2f us per prediction%n",
                neural.handMsPerMemberStep(), 1e6 / neural.handPredictionsPerSecond());
        out.printf("  speed ratio (dyna-nn over hand-written): training %.3f, prediction %.3f%n",
                neural.trainingRatio(), neural.predictionRatio());
        out.printf("  bytes allocated per member training step %.2f, per prediction %.4f   (target 0)%n",
                neural.trainingBytesPerStep(), neural.bytesPerPrediction());
        out.printf("dyna-nn, one thread, batch 256, SiLU, MSE, Adam (scripts/bench-pytorch.sh: the same in PyTorch)%n");
        for (dyna.app.bench.NnBenchmark.Result r : nn) {
            out.printf(java.util.Locale.ROOT, "  %-26s training %8.3f ms/step (%,.0f bytes)   prediction %7.2f us "
                    + "(%.1f bytes)%n", r.name(), r.msPerTrainingStep(), r.bytesPerStep(), r.usPerPrediction(),
                    r.bytesPerPrediction());
        }
        BenchSacCommand.print(out, sac);
        out.printf("Sweep of %,d runs (dyna-maze, planning-steps 5, 5 episodes each)%n", sweep.runs());
        out.printf("  1 thread              %,15.1f runs/s%n", sweep.runsPerSecondOne());
        out.printf("  %d threads             %,15.1f runs/s%n", sweep.threads(), sweep.runsPerSecondAll());
        out.printf("  speed-up              %15.2f   (target >= 1.8 on 2 cores)%n", sweep.speedUp());
        out.printf("  time outside agents   %14.1f%%   (target <= 10%%)%n", 100 * sweep.overheadShare());
        out.flush();
        List<MemoryBenchmark.Result> memory = MemoryBenchmark.run(registry, 1000);
        BenchMemoryCommand.print(out, memory);
        List<StartupBenchmark.Timing> startup = System.getProperty("dyna.home") == null ? List.of()
                : StartupBenchmark.run(BenchStartupCommand.home(), 3);
        if (startup.isEmpty()) {
            out.println("Start-up: not timed (it is timed through ./dyna; this JVM was not started by it)");
        } else {
            BenchStartupCommand.print(out, startup, 3);
        }
        if (json != null) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("framework_updates_per_s", result.frameworkUpdatesPerSecond());
            figures.put("baseline_updates_per_s", result.baselineUpdatesPerSecond());
            figures.put("ratio", result.ratio());
            figures.put("framework_bytes_per_planning_update", result.frameworkBytesPerPlanningUpdate());
            figures.put("framework_bytes_per_real_step", result.frameworkBytesPerRealStep());
            figures.put("updates_per_round", result.updatesPerRound());
            figures.put("rounds", result.rounds());
            figures.put("linear_sarsa_framework_steps_per_s", linear.frameworkStepsPerSecond());
            figures.put("linear_sarsa_baseline_steps_per_s", linear.baselineStepsPerSecond());
            figures.put("linear_sarsa_ratio", linear.ratio());
            figures.put("linear_sarsa_bytes_per_step", linear.bytesPerStep());
            figures.put("linear_dyna_framework_updates_per_s", linearDyna.frameworkUpdatesPerSecond());
            figures.put("linear_dyna_baseline_updates_per_s", linearDyna.baselineUpdatesPerSecond());
            figures.put("linear_dyna_ratio", linearDyna.ratio());
            figures.put("linear_dyna_bytes_per_update", linearDyna.bytesPerUpdate());
            figures.put("linear_dyna_pairs", linearDyna.pairs());
            figures.put("linear_dyna_column_non_zeros", linearDyna.meanColumnNonZeros());
            figures.put("neural_ms_per_member_training_step", neural.msPerMemberStep());
            figures.put("neural_training_bytes_per_member_step", neural.trainingBytesPerStep());
            figures.put("neural_predictions_per_s", neural.predictionsPerSecond());
            figures.put("neural_bytes_per_prediction", neural.bytesPerPrediction());
            figures.put("neural_hand_written_ms_per_member_training_step", neural.handMsPerMemberStep());
            figures.put("neural_hand_written_predictions_per_s", neural.handPredictionsPerSecond());
            figures.put("neural_training_ratio", neural.trainingRatio());
            figures.put("neural_prediction_ratio", neural.predictionRatio());
            for (dyna.app.bench.NnBenchmark.Result r : nn) {
                String key = r.name().startsWith("ensemble") ? "nn_ensemble_5x2x64" : "nn_mlp_2x256";
                figures.put(key + "_ms_per_training_step", r.msPerTrainingStep());
                figures.put(key + "_bytes_per_training_step", r.bytesPerStep());
                figures.put(key + "_us_per_prediction", r.usPerPrediction());
                figures.put(key + "_bytes_per_prediction", r.bytesPerPrediction());
            }
            for (dyna.app.bench.SacBenchmark.Sizes size : sac.sizes()) {
                figures.put("sac_2x" + size.hidden() + "_ms_per_gradient_step", size.msPerGradientStep());
                figures.put("sac_2x" + size.hidden() + "_bytes_per_gradient_step", size.bytesPerGradientStep());
            }
            figures.put("mbpo_rollouts_per_s", sac.rolloutsPerSecond());
            figures.put("mbpo_bytes_per_rollout", sac.bytesPerRollout());
            figures.put("sweep_runs", sweep.runs());
            figures.put("sweep_threads", sweep.threads());
            figures.put("sweep_runs_per_s_1_thread", sweep.runsPerSecondOne());
            figures.put("sweep_runs_per_s_all_threads", sweep.runsPerSecondAll());
            figures.put("sweep_speedup", sweep.speedUp());
            figures.put("sweep_outside_agents_share", sweep.overheadShare());
            for (MemoryBenchmark.Result agent : memory) {
                String key = agent.what().startsWith("tabular") ? "memory_dyna_q" : "memory_prioritized_sweeping";
                figures.put(key + "_bytes_per_pair_set_up", agent.afterSetup());
                figures.put(key + "_bytes_per_pair_after_episode", agent.afterEpisode());
            }
            for (StartupBenchmark.Timing timing : startup) {
                String key = "startup_" + timing.what().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                        .replaceAll("^_|_$", "");
                figures.put(key + "_wall_s", timing.wall());
                figures.put(key + "_cpu_s", timing.cpu());
            }
            figures.put("java", System.getProperty("java.version"));
            figures.put("cores", Runtime.getRuntime().availableProcessors());
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            AtomicFiles.write(json, stream -> stream.write(mapper.writeValueAsBytes(figures)));
        }
        return 0;
    }
}
