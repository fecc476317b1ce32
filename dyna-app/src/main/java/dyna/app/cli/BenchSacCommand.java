package dyna.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyna.app.bench.SacBenchmark;
import dyna.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench sac}: Soft Actor-Critic's gradient steps and MBPO's model rollouts per second. */
@Command(name = "sac", mixinStandardHelpOptions = true,
        description = "sac through the learner SPI on pendulum's spaces (one thread): gradient steps per second with "
                + "2x64 and 2x256 ReLU networks and minibatches of 256, and MBPO's model rollouts per second (a "
                + "7-member neural-ensemble, horizon 1), with the bytes each allocates. scripts/bench-pytorch.sh times "
                + "the same SAC update in PyTorch.")
final class BenchSacCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Rounds, the median taken "
            + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "Gradient steps per round at "
            + "2x64, a quarter of them at 2x256 (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--json", description = "Print the figures as one JSON object instead.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || rounds > 100 || steps < 1 || steps > 100_000) {
            throw new UsageException("--rounds must be from 1 to 100 and --steps from 1 to 100000");
        }
        SacBenchmark.Result r = SacBenchmark.run(ProviderRegistry.discover(), steps, rounds);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> figures = new LinkedHashMap<>();
            for (SacBenchmark.Sizes s : r.sizes()) {
                figures.put("sac_2x" + s.hidden() + "_ms_per_gradient_step", s.msPerGradientStep());
                figures.put("sac_2x" + s.hidden() + "_bytes_per_gradient_step", s.bytesPerGradientStep());
            }
            figures.put("mbpo_rollouts_per_s", r.rolloutsPerSecond());
            figures.put("mbpo_bytes_per_rollout", r.bytesPerRollout());
            out.println(new ObjectMapper().writeValueAsString(figures));
            out.flush();
            return 0;
        }
        print(out, r);
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, SacBenchmark.Result r) {
        out.printf(java.util.Locale.ROOT, "sac on pendulum's spaces: minibatches of 256, one thread (median of %d rounds)%n",
                r.rounds());
        for (SacBenchmark.Sizes s : r.sizes()) {
            out.printf(java.util.Locale.ROOT, "  2x%-4d networks  %8.3f ms per gradient step (%,.0f per second), %.1f bytes "
                    + "allocated each%n", s.hidden(), s.msPerGradientStep(), s.stepsPerSecond(), s.bytesPerGradientStep());
        }
        out.printf(java.util.Locale.ROOT, "  MBPO model rollouts (7-member neural-ensemble, horizon 1)  %,.0f per second, "
                + "%.1f bytes allocated each%n", r.rolloutsPerSecond(), r.bytesPerRollout());
    }
}
