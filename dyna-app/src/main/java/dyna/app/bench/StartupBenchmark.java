package dyna.app.bench;

import dyna.experiment.stats.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Start-up as users meet it: whole {@code ./dyna} processes (launcher, JVM, class loading,
 * Guice, the runs, the first chart, the report), timed by bash's {@code time} for wall and CPU
 * time (user + system, every thread and child). A one-run, one-episode experiment shows the
 * fixed cost; Figure 8.2 is the README's first command; each with the launcher's class
 * cache (AppCDS, or AOT from JDK 25) and without it ({@code DYNA_CDS=0}); and {@code dyna list}.
 */
public final class StartupBenchmark {

    /**
     * One command's medians.
     *
     * @param what    what was run
     * @param wall    median wall seconds
     * @param cpu     median CPU seconds (user + system)
     */
    public record Timing(String what, double wall, double cpu) {
    }

    private StartupBenchmark() {
    }

    /**
     * Times each command {@code rounds} times, interleaved, after one untimed run of each (which
     * also makes the archive if the build is new).
     *
     * @param home the directory holding {@code ./dyna} and {@code experiments/}
     */
    public static List<Timing> run(Path home, int rounds) throws IOException, InterruptedException {
        String dyna = home.resolve("dyna").toString();
        String figure = home.resolve("experiments/figure-8.2.yaml").toString();
        Path out = Files.createTempDirectory("dyna-startup");
        try {
            List<Command> commands = List.of(
                    new Command("one run, one episode", Map.of(), List.of(dyna, "run", figure, "--param",
                            "planning-steps=5", "--runs", "1", "--episodes", "1", "--threads", "1", "--out",
                            out.resolve("one").toString(), "--overwrite")),
                    new Command("one run, one episode, no class cache", Map.of("DYNA_CDS", "0"), List.of(dyna, "run", figure,
                            "--param", "planning-steps=5", "--runs", "1", "--episodes", "1", "--threads", "1", "--out",
                            out.resolve("one-plain").toString(), "--overwrite")),
                    new Command("Figure 8.2 (README's first command)", Map.of(), List.of(dyna, "run", figure, "--out",
                            out.resolve("figure").toString(), "--overwrite")),
                    new Command("Figure 8.2, no class cache", Map.of("DYNA_CDS", "0"), List.of(dyna, "run", figure, "--out",
                            out.resolve("figure-plain").toString(), "--overwrite")),
                    new Command("dyna list", Map.of(), List.of(dyna, "list")));
            double[][] wall = new double[commands.size()][rounds];
            double[][] cpu = new double[commands.size()][rounds];
            for (Command command : commands) {
                command.time(out);
            }
            for (int round = 0; round < rounds; round++) {
                for (int c = 0; c < commands.size(); c++) {
                    double[] timing = commands.get(c).time(out);
                    wall[c][round] = timing[0];
                    cpu[c][round] = timing[1];
                }
            }
            return java.util.stream.IntStream.range(0, commands.size()).mapToObj(c -> new Timing(
                    commands.get(c).what(), Samples.median(wall[c]), Samples.median(cpu[c]))).toList();
        } finally {
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private record Command(String what, Map<String, String> environment, List<String> args) {

        /** Wall and CPU seconds of one run of the command, from bash's time. */
        double[] time(Path scratch) throws IOException, InterruptedException {
            StringBuilder line = new StringBuilder("TIMEFORMAT='%R %U %S'; time (");
            for (String arg : args) {
                line.append(" '").append(arg.replace("'", "'\\''")).append('\'');
            }
            line.append(" > /dev/null 2>&1)");
            Path timing = scratch.resolve("timing.txt");
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", line.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(timing.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("LC_ALL", "C");   // a decimal point in the times
            int code = builder.start().waitFor();
            String[] figures = Files.readString(timing, StandardCharsets.UTF_8).strip().split("\\s+");
            if (code != 0 || figures.length != 3) {
                throw new IllegalStateException("'" + String.join(" ", args) + "' failed (exit " + code + ")");
            }
            return new double[] {Double.parseDouble(figures[0]),
                    Double.parseDouble(figures[1]) + Double.parseDouble(figures[2])};
        }
    }
}
