package dyna.app.cli;

import dyna.app.bench.NnBenchmark;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench nn}: dyna-nn's training step and single prediction at the successors' sizes. */
@Command(name = "nn", mixinStandardHelpOptions = true,
        description = "dyna-nn on one thread: a training step (forward, MSE, backward, Adam; batch 256) and a single "
                + "prediction of an ensemble of 5 MLPs 6-64-64-6 and of one MLP 6-256-256-6 (SiLU), with the bytes "
                + "each allocates; scripts/bench-pytorch.sh runs the same in PyTorch beside it.")
final class BenchNnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Rounds, the median taken "
            + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--json", description = "Print the figures as one JSON object, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        if (rounds < 1 || rounds > 100) {
            throw new UsageException("--rounds must be from 1 to 100, not " + rounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        NnBenchmark.Result[] results = NnBenchmark.run(rounds);
        if (json) {
            StringBuilder text = new StringBuilder("{");
            for (int i = 0; i < results.length; i++) {
                NnBenchmark.Result r = results[i];
                text.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT,
                        "\"%s\": {\"ms_per_training_step\": %.4f, \"us_per_prediction\": %.4f, "
                                + "\"bytes_per_training_step\": %.0f, \"bytes_per_prediction\": %.2f}",
                        r.name(), r.msPerTrainingStep(), r.usPerPrediction(), r.bytesPerStep(), r.bytesPerPrediction()));
            }
            out.println(text.append("}"));
        } else {
            out.printf("dyna-nn, one thread, batch 256, SiLU, MSE, Adam (median of %d rounds)%n", rounds);
            for (NnBenchmark.Result r : results) {
                out.printf(java.util.Locale.ROOT, "  %-26s training %8.3f ms/step (%,.0f bytes)   prediction %7.2f us "
                        + "(%.1f bytes)%n", r.name(), r.msPerTrainingStep(), r.bytesPerStep(), r.usPerPrediction(),
                        r.bytesPerPrediction());
            }
        }
        out.flush();
        return 0;
    }
}
