package dyna.app.cli;

import dyna.app.bench.NeuralEnsembleBenchmark;
import dyna.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench ensemble}: neural-ensemble's speed against the same networks written by hand. */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
        description = "neural-ensemble on cart-pole's observations (5 members of 2x64 SiLU, minibatches of 256, one "
                + "thread) through the model SPI: a training step per member and a single prediction, with the bytes "
                + "each allocates, beside the same networks written by hand with their gradients derived (the model "
                + "before dyna-nn), and the ratios.")
final class BenchEnsembleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Rounds, the median taken "
            + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() {
        if (rounds < 1 || rounds > 100) {
            throw new UsageException("--rounds must be from 1 to 100, not " + rounds);
        }
        NeuralEnsembleBenchmark.Result r = NeuralEnsembleBenchmark.run(ProviderRegistry.discover(), 200, 1_000_000,
                rounds);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "neural-ensemble on cart-pole: %d members of 2x64 SiLU, minibatches of 256 "
                + "(median of %d rounds)%n", r.members(), r.rounds());
        out.printf(java.util.Locale.ROOT, "  %-22s %8.3f ms per member step (%.2f bytes)   %6.2f us per prediction "
                + "(%.4f bytes)%n", "dyna-nn (the model)", r.msPerMemberStep(), r.trainingBytesPerStep(),
                r.microsecondsPerPrediction(), r.bytesPerPrediction());
        out.printf(java.util.Locale.ROOT, "  %-22s %8.3f ms per member step          %6.2f us per prediction%n",
                "hand-written", r.handMsPerMemberStep(), 1e6 / r.handPredictionsPerSecond());
        out.printf(java.util.Locale.ROOT, "  speed ratio: training %.3f, prediction %.3f   (the hand-written side is the "
                + "networks alone, without the model's bookkeeping)%n", r.trainingRatio(), r.predictionRatio());
        out.flush();
        return 0;
    }
}
