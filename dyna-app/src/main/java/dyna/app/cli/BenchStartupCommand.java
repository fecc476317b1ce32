package dyna.app.cli;

import dyna.app.bench.StartupBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna bench startup}: whole ./dyna processes, wall and CPU time. */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time whole ./dyna processes (median wall and CPU seconds): a one-run experiment, Figure 8.2, "
                + "each with and without the launcher's class cache (AppCDS, or AOT from JDK 25), and dyna list.")
final class BenchStartupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of each command; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1");
        }
        print(spec.commandLine().getOut(), StartupBenchmark.run(home(), rounds), rounds);
        return 0;
    }

    /** The directory of ./dyna, or a usage error saying how to get one. */
    static Path home() {
        String home = System.getProperty("dyna.home");
        if (home == null || !Files.isRegularFile(Path.of(home, "dyna"))) {
            throw new UsageException("start-up is timed through the ./dyna launcher; run this as ./dyna bench");
        }
        return Path.of(home);
    }

    static void print(PrintWriter out, List<StartupBenchmark.Timing> timings, int rounds) {
        out.printf("Start-up: whole ./dyna processes on Java %s, median of %d (goal for Figure 8.2: <= 1.0 s wall, "
                + "<= 1.3 CPU-s)%n", System.getProperty("java.version"), rounds);
        for (StartupBenchmark.Timing timing : timings) {
            out.printf("  %-38s %6.2f s wall %6.2f CPU-s%n", timing.what(), timing.wall(), timing.cpu());
        }
        out.flush();
    }
}
