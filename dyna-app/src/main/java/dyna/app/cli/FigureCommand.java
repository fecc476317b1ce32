package dyna.app.cli;

import dyna.app.figures.ExpectedVersusSample;
import dyna.experiment.output.AtomicFiles;
import dyna.experiment.output.LineChart;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyna figure 8.7}: computational figures that are not learning runs. */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = "Compute a figure of the book that is not a learning run. Known: 8.7 (expected against "
                + "sample updates).")
final class FigureCommand implements Callable<Integer> {

    private static final int[] BRANCHING = {2, 10, 100, 1000};

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FIGURE", description = "The figure: 8.7.")
    String figure;

    @Option(names = "--tasks", paramLabel = "N", defaultValue = "2000",
            description = "Random tasks averaged over (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/figure-8.7",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!figure.equals("8.7")) {
            throw new UsageException("unknown figure '" + figure + "'; known: 8.7");
        }
        if (tasks < 1) {
            throw new UsageException("--tasks must be at least 1, not " + tasks);
        }
        try {
            AtomicFiles.checkWritable(out);
        } catch (IOException | SecurityException e) {
            throw new UsageException("cannot write to output directory " + out + " (" + e + ")", e);
        }
        List<LineChart.Line> lines = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("RMS error after t sample updates, over %d tasks (seed %d); expected updates: 0 after b%n",
                tasks, seed);
        stdout.printf("%8s%14s%14s%14s%n", "b", "t = b/2", "t = b", "t = 2b");
        for (int b : BRANCHING) {
            double[] sample = ExpectedVersusSample.simulatedSampleError(b, 2 * b, tasks, seed + b);
            double[] x = new double[2 * b + 1];
            double[] y = new double[2 * b + 1];
            y[0] = 1.0;
            for (int t = 1; t <= 2 * b; t++) {
                x[t] = (double) t / b;
                y[t] = sample[t - 1];
                rows.add(String.format(Locale.ROOT, "%d,sample,%d,%s,%s", b, t, sample[t - 1],
                        ExpectedVersusSample.formula(b, t)));
            }
            lines.add(new LineChart.Line("sample updates, b = " + b, x, y));
            stdout.printf(Locale.ROOT, "%8d%14.4f%14.4f%14.4f%n", b, sample[Math.max(b / 2, 1) - 1], sample[b - 1],
                    sample[2 * b - 1]);
        }
        lines.add(new LineChart.Line("expected updates (any b)", new double[] {0, 1, 1, 2}, new double[] {1, 1, 0, 0}));
        Path csv = out.resolve("figure-8.7.csv");
        Path png = out.resolve("figure-8.7.png");
        AtomicFiles.write(csv, stream -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            writer.write("b,update,computations,rms_error,formula\n");
            for (String row : rows) {
                writer.write(row);
                writer.write('\n');
            }
            writer.flush();
        });
        LineChart.write(png, "Expected against sample updates (Figure 8.7)",
                "Number of max Q(s', a') computations, in units of b", "RMS error in value estimate", lines);
        stdout.printf("Wrote %s, %s%n", csv, png);
        stdout.flush();
        return 0;
    }
}
