package dyna.app.cli;

import dyna.app.stats.Comparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyna compare DIR1 DIR2}: two result sets side by side, with Welch's t-test per cell. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two result directories cell by cell (configuration and x): the difference of "
                + "the means and whether it is significant (Welch's t-test).")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR1", description = "The first result directory (the baseline).")
    Path first;

    @Parameters(index = "1", paramLabel = "DIR2", description = "The second result directory.")
    Path second;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--all", description = "Print every cell, not only the significant ones.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must lie in (0, 1), not " + alpha);
        }
        Comparison.Result result;
        try {
            result = Comparison.of(first, second);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Comparison.Row> significant = result.rows().stream().filter(r -> r.test().p() < alpha).toList();
        out.printf(Locale.ROOT, "%d cells compared, %d differ significantly (Welch's t-test, p < %s)%n",
                result.rows().size(), significant.size(), alpha);
        if (result.onlyInFirst() + result.onlyInSecond() > 0) {
            out.printf("%d cells only in %s, %d only in %s%n", result.onlyInFirst(), first, result.onlyInSecond(), second);
        }
        List<Comparison.Row> shown = all ? result.rows()
                : significant.stream().sorted(Comparator.comparingDouble(r -> r.test().p())).toList();
        if (!shown.isEmpty()) {
            out.printf("%-50s %12s %12s %12s %10s %s%n", "cell", "mean 1", "mean 2", "difference", "p", "");
        }
        for (Comparison.Row row : shown) {
            out.printf(Locale.ROOT, "%-50s %12.4g %12.4g %12.4g %10.3g %s%n", row.key(), row.first()[1], row.second()[1],
                    row.test().difference(), row.test().p(), row.test().p() < alpha ? "*" : "");
        }
        out.flush();
        return 0;
    }
}
