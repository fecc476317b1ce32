package dyna.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyna.app.bench.ControllerBenchmark;
import dyna.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench controller}: the price of decision-time planning per real step. */
@Command(name = "controller", mixinStandardHelpOptions = true,
        description = "Decision-time planning on pendulum (one thread): milliseconds per decision, model predictions "
                + "per second inside the controller and bytes allocated per decision, for cem at PETS' defaults through "
                + "a 5-member neural-ensemble (batched, and one prediction at a time for the ratio), mppi through it, "
                + "and cem through the true dynamics. scripts/bench-pytorch.sh times the same ensemble's batched "
                + "predictions in PyTorch.")
final class BenchControllerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Rounds, the median taken "
            + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--decisions", paramLabel = "N", defaultValue = "2", description = "Decisions per round at PETS' "
            + "defaults, ten times as many for the cheaper settings (default: ${DEFAULT-VALUE}).")
    int decisions;

    @Option(names = "--json", description = "Print the figures as one JSON object instead.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || rounds > 100 || decisions < 1 || decisions > 10_000) {
            throw new UsageException("--rounds must be from 1 to 100 and --decisions from 1 to 10000");
        }
        ControllerBenchmark.Result r = ControllerBenchmark.run(ProviderRegistry.discover(), decisions, rounds);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> figures = new LinkedHashMap<>();
            ControllerBenchmark.put(r, figures);
            out.println(new ObjectMapper().writeValueAsString(figures));
        } else {
            print(out, r);
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, ControllerBenchmark.Result r) {
        out.printf(java.util.Locale.ROOT, "Decision-time planning on pendulum, one thread (median of %d rounds; "
                + "population x particles x horizon x iterations)%n", r.rounds());
        for (ControllerBenchmark.Setting s : r.settings()) {
            out.printf(java.util.Locale.ROOT, "  %-56s %9.2f ms per decision, %,12.0f predictions/s, %,9.0f per "
                    + "decision, %.0f bytes allocated each%n", s.name(), s.msPerDecision(), s.predictionsPerSecond(),
                    s.predictionsPerDecision(), s.bytesPerDecision());
        }
        out.printf(java.util.Locale.ROOT, "  batched over one at a time: %.2f times the predictions per second%n",
                r.batchSpeedUp());
    }
}
