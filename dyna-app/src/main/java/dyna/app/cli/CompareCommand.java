package dyna.app.cli;

import dyna.experiment.output.ComparisonReport;
import dyna.experiment.stats.Comparison;
import dyna.experiment.stats.CurveComparison;
import dyna.experiment.stats.ResultSet;
import dyna.experiment.stats.MultipleComparisons;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyna compare DIR1 DIR2}: two result sets side by side, each cell's difference tested
 * and the p-values corrected for the number of cells.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare two result directories cell by cell (configuration, measure and x): the difference "
                + "of the means and whether it is significant after a correction for the number of cells.")
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

    @Option(names = "--correction", paramLabel = "holm|bh|none", defaultValue = "holm",
            description = "Correction for testing many cells: holm (family-wise error rate), bh (Benjamini-Hochberg, "
                    + "false discovery rate) or none (default: ${DEFAULT-VALUE}).")
    String correction;

    @Option(names = "--paired",
            description = "Pair the runs by index and use the paired t-test: valid when both sets have the same "
                    + "environment and master seed, so that run i met the same environment randomness in both.")
    boolean paired;

    @Option(names = "--match", paramLabel = "COLUMN[,COLUMN...]",
            description = "Match cells on these swept columns only; needed to compare sets whose environment, stop "
                    + "condition or unswept components differ.")
    String match;

    @Option(names = "--window", paramLabel = "FROM:TO",
            description = "The x values (episodes, steps) whose mean per run the whole-curve test compares, both ends "
                    + "included: 1:50, 100: (to the end), :20 (default: the whole curve).")
    String window;

    @Option(names = "--all", description = "Print every cell, not only the significant ones.")
    boolean all;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the comparison as a self-contained HTML page to FILE.")
    Path report;

    @Override
    public Integer call() throws IOException {
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must lie in (0, 1), not " + alpha);
        }
        BenchCommand.checkWritable(report);
        for (Path set : List.of(first, second)) {
            if (report != null && report.toAbsolutePath().normalize().startsWith(set.toAbsolutePath().normalize())) {
                throw new UsageException("--report " + report + " is inside " + set + ", a result set being compared; "
                        + "write the report elsewhere");
            }
        }
        Comparison.Result result;
        List<CurveComparison.Row> curves;
        List<String> differing;
        try {
            List<String> columns = match == null ? List.of()
                    : Arrays.stream(match.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
            Comparison.Options options = new Comparison.Options(columns, paired, MultipleComparisons.named(correction));
            result = Comparison.of(first, second, options);
            curves = CurveComparison.of(first, second, options,
                    window == null ? CurveComparison.Window.ALL : CurveComparison.Window.parse(window));
            differing = ResultSet.read(first).settingsDiffering(ResultSet.read(second));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Comparison.Row> tested = result.rows().stream().filter(Comparison.Row::tested).toList();
        List<Comparison.Row> significant = tested.stream().filter(r -> r.adjusted() < alpha).toList();
        List<String> said = new ArrayList<>();
        said.add(differing.isEmpty() ? "the two sets ran the same experiment (every setting and the seed)"
                : "what differs: " + String.join("; ", differing));
        said.add(String.format(Locale.ROOT, "%d cells compared, %d differ significantly (%s, alpha %s)",
                result.rows().size(), significant.size(), result.test(), alpha));
        int untested = result.rows().size() - tested.size();
        if (untested > 0) {
            said.add(untested + " cells not tested: fewer than 2 runs on a side");
        }
        for (String note : result.notes()) {
            said.add("note: the sets differ in " + note + " (matched on --match " + match + ")");
        }
        if (result.onlyInFirst() + result.onlyInSecond() > 0) {
            said.add(result.onlyInFirst() + " cells only in " + first + ", " + result.onlyInSecond() + " only in "
                    + second);
        }
        said.forEach(out::println);
        List<Comparison.Row> shown = new ArrayList<>(all ? result.rows() : significant);
        if (!all) {
            shown.sort(Comparator.comparingDouble(Comparison.Row::adjusted));
        }
        if (!shown.isEmpty()) {
            out.printf("%-50s %12s %12s %12s %10s %10s %s%n", "cell", "mean 1", "mean 2", "difference", "p", "adjusted", "");
        }
        for (Comparison.Row row : shown) {
            out.printf(Locale.ROOT, "%-50s %12.4g %12.4g %12.4g %10s %10s %s%n", row.key(), row.first()[1],
                    row.second()[1], row.difference(), p(row.p()), p(row.adjusted()),
                    !row.tested() ? "too few runs" : row.adjusted() < alpha ? "*" : "");
        }
        printCurves(out, curves, result.test());
        out.flush();
        if (report != null) {
            ComparisonReport.write(report, title(first), title(second), said, shown, curves, alpha);
            out.println("Wrote " + report);
            out.flush();
        }
        return 0;
    }

    /** The whole-curve tests: one line saying how many differ, then every curve. */
    private void printCurves(PrintWriter out, List<CurveComparison.Row> curves, String test) {
        if (curves.isEmpty()) {
            return;
        }
        long differ = curves.stream().filter(c -> c.tested() && c.adjusted() < alpha).count();
        out.printf(Locale.ROOT, "whole curves: %d compared, %d differ significantly (each run's mean over %s; %s)%n",
                curves.size(), differ, curves.get(0).window(), test);
        out.printf("%-50s %12s %12s %12s %10s %10s%n", "curve", "mean 1", "mean 2", "difference", "p", "adjusted");
        for (CurveComparison.Row row : curves) {
            out.printf(Locale.ROOT, "%-50s %12.4g %12.4g %12.4g %10s %10s %s%n", row.key(), row.first()[1],
                    row.second()[1], row.difference(), p(row.p()), p(row.adjusted()),
                    !row.tested() ? "too few runs" : row.adjusted() < alpha ? "*" : "");
        }
    }

    /** A set's directory with its experiment's description from config.json, if it has one. */
    private static String title(Path directory) {
        try {
            String description = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(directory.resolve("config.json").toFile()).path("description").asText("");
            return description.isEmpty() ? directory.toString() : directory + " (" + description + ")";
        } catch (IOException e) {
            return directory.toString();
        }
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3g", p);
    }
}
