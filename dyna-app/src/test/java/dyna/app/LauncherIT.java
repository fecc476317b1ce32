package dyna.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application, launched as the README does ({@code java -p lib -m dyna.app}), not
 * from the test class path: every module and service must resolve from the lib directory alone.
 */
class LauncherIT {

    @TempDir
    Path dir;

    private record Launch(int code, String out, String err) {
    }

    /** Launches dyna; leading -D and -X arguments go to the JVM. */
    private Launch dyna(String... args) throws IOException, InterruptedException {
        return dyna(java.util.Map.of(), args);
    }

    private Launch dyna(java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        String lib = System.getProperty("dyna.lib");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        int first = 0;
        while (first < args.length && (args[first].startsWith("-D") || args[first].startsWith("-X"))) {
            command.add(args[first++]);
        }
        command.addAll(List.of("-p", lib, "-m", "dyna.app"));
        command.addAll(List.of(args).subList(first, args.length));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "dyna did not finish");
        return new Launch(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /**
     * The launcher's class cache belongs to the jars and the path it was made from: a checkout
     * copied elsewhere (times kept, so nothing is rebuilt) makes its own instead of using the
     * other's, whose classes would clash with its jars ("sealing violation").
     */
    @Test
    void aCopiedCheckoutMakesItsOwnClassCacheAndRuns() throws Exception {
        Path root = Path.of(System.getProperty("dyna.lib")).getParent().getParent().getParent();
        Launch original = script(root, "run", "--env", "dyna-maze", "--steps", "50", "--runs", "2", "--out",
                dir.resolve("original").toString());
        assertEquals(0, original.code(), original.err());
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy.resolve("dyna-app/target"));
        Process cp = new ProcessBuilder("cp", "-a", root.resolve("dyna").toString(), root.resolve("experiments").toString(),
                copy.toString()).inheritIO().start();
        assertEquals(0, cp.waitFor());
        assertEquals(0, new ProcessBuilder("cp", "-a", root.resolve("dyna-app/target/lib").toString(),
                copy.resolve("dyna-app/target").toString()).inheritIO().start().waitFor());
        Launch copied = script(copy, "run", "--env", "dyna-maze", "--steps", "50", "--runs", "2", "--out",
                dir.resolve("copied").toString());
        assertEquals(0, copied.code(), copied.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("original/steps.csv")),
                Files.readAllBytes(dir.resolve("copied/steps.csv")));
        try (var caches = Files.list(copy.resolve("dyna-app/target/lib"))) {
            String key = caches.filter(f -> f.toString().endsWith(".key")).findFirst().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).orElse("");
            assertTrue(key.startsWith(copy.resolve("dyna-app/target/lib").toRealPath().toString()),
                    "the copy's cache is made for its own jars: " + key);
        }
    }

    /** Runs the ./dyna script of {@code root}, with its class cache on (the default). */
    private Launch script(Path root, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("dyna").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("script.out").toFile())
                .redirectError(dir.resolve("script.err").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("DYNA_CDS");
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "./dyna did not finish");
        return new Launch(process.exitValue(), Files.readString(dir.resolve("script.out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("script.err"), StandardCharsets.UTF_8));
    }

    @Test
    void listFindsTheBuiltInsOfEveryModuleOnTheModulePath() throws Exception {
        Launch launch = dyna("list");
        assertEquals(0, launch.code(), launch.err());
        assertTrue(launch.out().contains("from dyna.envs 0.4.0 (dyna-envs-0.4.0.jar)"), launch.out());
        assertTrue(launch.out().contains("from dyna.models 0.4.0 (dyna-models-0.4.0.jar)"), launch.out());
        assertTrue(launch.out().contains("from dyna.core 0.4.0 (dyna-core-0.4.0.jar)"), launch.out());
    }

    @Test
    void runWritesItsFilesThroughTheRealLauncher() throws Exception {
        Path out = dir.resolve("results");
        Launch launch = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,50", "--runs", "2",
                "--episodes", "3", "--out", out.toString());
        assertEquals(0, launch.code(), launch.err());
        assertEquals(1 + 2 * 2 * 3, Files.readAllLines(out.resolve("episodes.csv")).size());
        assertTrue(Files.size(out.resolve("episodes.png")) > 1000);
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"module\" : \"dyna.models\""));
    }

    @Test
    void hazelcastIsApartAndOnlyTheClusterCommandsNeedItSayingHowToAddIt() throws Exception {
        Path lib = Path.of(System.getProperty("dyna.lib"));
        try (var jars = Files.list(lib); var clusterJars = Files.list(lib.resolve("cluster"))) {
            assertTrue(jars.noneMatch(j -> j.getFileName().toString().startsWith("hazelcast")), "not in lib");
            assertTrue(clusterJars.anyMatch(j -> j.getFileName().toString().startsWith("hazelcast-")), "in lib/cluster");
        }
        Launch help = dyna("--help");   // builds every command, the cluster's too
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("cluster"), help.out());
        String needed = "the cluster needs Hazelcast, which this JVM was not started with; run through ./dyna, which "
                + "adds it for cluster commands, or give java '-p LIB:LIB/cluster --add-modules com.hazelcast.core' "
                + "(LIB: dyna-app/target/lib)";
        Path out = dir.resolve("on-cluster");
        Launch run = dyna("run", "--env", "dyna-maze", "--cluster", "127.0.0.1:5701", "--out", out.toString());
        assertEquals(2, run.code());
        assertEquals("dyna run: " + needed, run.err().strip());
        assertFalse(Files.exists(out));
        Launch member = dyna("cluster", "member");
        assertEquals(2, member.code());
        assertEquals("dyna cluster member: " + needed, member.err().strip());
    }

    @Test
    void aUsageErrorIsOneLineWithExitCodeTwo() throws Exception {
        Launch launch = dyna("run", "--env", "dyna-maze", "--model", "tabular", "--out", dir.toString());
        assertEquals(2, launch.code());
        assertEquals("dyna run: unknown model 'tabular'; known: known-dynamics, linear-expectation, neural-ensemble, no-model, replay, "
                + "tabular-deterministic, tabular-stochastic, tabular-time, true-model", launch.err().strip());
    }

    private Path buildExamplePlugin() throws Exception {
        return ExamplePlugin.build(dir, "plugins");
    }

    @Test
    void theExamplePluginDroppedIntoAPluginsDirectoryIsListedAndRuns() throws Exception {
        Path plugins = buildExamplePlugin();
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");

        Launch listed = dyna("plugins", "--plugins", plugins.toString());
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("module    dyna.examples.windy 0.1.0"), listed.out());
        assertTrue(listed.out().contains("provides  environment  windy-gridworld"), listed.out());
        assertTrue(listed.out().contains("provides  model        forgetful"), listed.out());
        assertTrue(listed.out().contains("provides  listener     dyna.examples.windy.WindyReport"), listed.out());
        assertTrue(listed.out().contains("broken.jar\n  module    (unreadable) unversioned\n  state     failed: cannot read"),
                listed.out());

        Launch list = dyna("list", "--plugins", plugins.toString());
        assertTrue(list.out().contains("(dyna-windy-plugin.jar), plugin"), list.out());

        Path out = dir.resolve("windy");
        Launch run = dyna("-Dwindy.report=true", "run", "--plugins", plugins.toString(), "--env", "windy-gridworld",
                "--model", "forgetful", "--param", "decay=0.95", "--runs", "2", "--episodes", "10", "--out",
                out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(1 + 2 * 10, Files.readAllLines(out.resolve("episodes.csv")).size());
        assertTrue(run.err().contains("[windy] run "), "the plugin's episode listener was told: " + run.err());
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"origin\" : \"dyna-windy-plugin.jar\""));
    }

    /**
     * A kind of component and a metric that a plugin adds show up end to end: in 'dyna plugins'
     * and 'dyna list', as a command-line option and an experiment file's key, swept, in the CSV,
     * summary, chart, report and config.json, and its components reach the model that reads them.
     */
    @Test
    void aKindAndAMetricThatAPluginAddsShowUpEndToEnd() throws Exception {
        Path plugins = buildExamplePlugin();
        Launch listed = dyna("plugins", "--plugins", plugins.toString());
        assertTrue(listed.out().contains("declares  kind         forgetting (FORGETTING SCHEDULES, default "
                + "exponential-forgetting)"), listed.out());
        assertTrue(listed.out().contains("provides  forgetting   no-forgetting"), listed.out());
        assertTrue(listed.out().contains("provides  metric       state-coverage"), listed.out());
        Launch list = dyna("list", "--plugins", plugins.toString());
        assertTrue(list.out().contains("FORGETTING SCHEDULES (a kind declared by a plugin: --forgetting ID, or "
                + "forgetting: in an experiment file; default exponential-forgetting)"), list.out());
        assertTrue(list.out().contains("      column state_coverage share of the states visited at least once so far"),
                list.out());
        Launch help = dyna("run", "--plugins", plugins.toString(), "--help");
        assertTrue(help.out().contains("--forgetting=ID[,ID...]"), help.out());

        Path out = dir.resolve("forgetting");
        Launch run = dyna("run", "--plugins", plugins.toString(), "--env", "windy-gridworld", "--model", "forgetful",
                "--forgetting", "exponential-forgetting,no-forgetting", "--param", "decay=0.5", "--metrics",
                "steps,state_coverage", "--runs", "2", "--episodes", "5", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> csv = Files.readAllLines(out.resolve("episodes.csv"));
        assertEquals("forgetting,run,episode,steps,return,truncated,state_coverage,planning_updates", csv.get(0));
        assertEquals(1 + 2 * 2 * 5, csv.size());
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.contains("state_coverage"), summary);
        assertTrue(Files.size(out.resolve("episodes.png")) > 0);
        assertTrue(Files.readString(out.resolve("report.html")).contains("state_coverage"));
        String config = Files.readString(out.resolve("config.json"));
        assertTrue(config.contains("\"forgetting\" : {\n        \"id\" : \"no-forgetting\",\n        \"module\" : "
                + "\"dyna.examples.windy\""), config);
        assertTrue(config.contains("\"decay\" : 0.5"), "the kind's parameter reached its component: " + config);
        // Without forgetting the model counts as a stochastic one: the two points differ in their runs.
        List<String> exponential = csv.stream().filter(l -> l.startsWith("exponential-forgetting,")).map(l -> l
                .substring(l.indexOf(','))).toList();
        List<String> never = csv.stream().filter(l -> l.startsWith("no-forgetting,")).map(l -> l
                .substring(l.indexOf(','))).toList();
        assertEquals(10, exponential.size());
        assertFalse(exponential.equals(never), "the forgetting schedule changes the runs");

        Path file = Files.writeString(dir.resolve("forgetting.yaml"), """
                environment: windy-gridworld
                model: forgetful
                forgetting: [no-forgetting]
                metrics: [state_coverage]
                runs: 1
                stop: {episodes: 3}
                """);
        Launch fromFile = dyna("run", "--plugins", plugins.toString(), file.toString(), "--out",
                dir.resolve("from-file").toString());
        assertEquals(0, fromFile.code(), fromFile.err());
        assertTrue(fromFile.out().contains("Mean state_coverage per episode"), fromFile.out());
    }

    @Test
    void pluginDirectoriesMayComeFromTheDynaPluginsVariable() throws Exception {
        Path plugins = buildExamplePlugin();
        Launch listed = dyna(java.util.Map.of("DYNA_PLUGINS", dir.resolve("nowhere") + java.io.File.pathSeparator + plugins),
                "plugins");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("provides  environment  windy-gridworld"), listed.out());
    }

    @Test
    void aSweepKilledMidwayResumesWithoutRedoingOrLosingAFinishedRun() throws Exception {
        String[] experiment = {"--env", "dyna-maze", "--param", "scale=3", "--param", "planning-steps=0,20",
            "--episodes", "40", "--runs", "80", "--threads", "2"};
        Path whole = dir.resolve("whole");
        List<String> uninterrupted = new ArrayList<>(List.of("run", "--out", whole.toString()));
        uninterrupted.addAll(List.of(experiment));
        assertEquals(0, dyna(uninterrupted.toArray(String[]::new)).code());

        Path crashed = dir.resolve("crashed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-p", System.getProperty("dyna.lib"), "-m", "dyna.app", "run", "--out",
                crashed.toString()));
        command.addAll(List.of(experiment));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("crash.txt").toFile()).start();
        Path journal = crashed.resolve("runs/journal.log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && (!Files.exists(journal) || Files.readAllLines(journal).size() < 10)) {
            Thread.sleep(20);
        }
        process.destroyForcibly();   // SIGKILL on Linux
        process.waitFor();
        List<String> before = Files.readAllLines(journal);
        assertTrue(before.size() >= 10 && before.size() < 160, "killed mid-sweep after " + before.size() + " runs");
        assertTrue(Files.notExists(crashed.resolve("episodes.csv")), "nothing half-written");

        List<String> resume = new ArrayList<>(List.of("run", "--resume", "--out", crashed.toString()));
        resume.addAll(List.of(experiment));
        Launch resumed = dyna(resume.toArray(String[]::new));
        assertEquals(0, resumed.code(), resumed.err());
        List<String> after = Files.readAllLines(journal);
        assertEquals(160, after.size(), "every run journaled once");
        assertEquals(160, after.stream().distinct().count(), "no finished run was done again");
        assertEquals(before, after.subList(0, before.size()), "the runs finished before the crash were kept");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(whole.resolve("episodes.csv")),
                Files.readAllBytes(crashed.resolve("episodes.csv"))), "results identical to an uninterrupted sweep");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(whole.resolve("summary.csv")),
                Files.readAllBytes(crashed.resolve("summary.csv"))));
    }

    @Test
    void aSecondRunOnTheSameDirectoryIsRefusedAndSigtermKeepsFinishedRunsAndSaysHowToContinue() throws Exception {
        Path out = dir.resolve("busy");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-p", System.getProperty("dyna.lib"), "-m", "dyna.app", "run", "--out",
                out.toString(), "--env", "dyna-maze", "--param", "scale=3", "--param", "planning-steps=0,20",
                "--episodes", "200", "--runs", "500", "--threads", "2"));
        Process first = new ProcessBuilder(command).redirectOutput(dir.resolve("first-out.txt").toFile())
                .redirectError(dir.resolve("first-err.txt").toFile()).start();
        Path journal = out.resolve("runs/journal.log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && (!Files.exists(journal) || Files.readAllLines(journal).size() < 5)) {
            Thread.sleep(20);
        }

        Launch second = dyna("run", "--out", out.toString(), "--env", "dyna-maze", "--runs", "1", "--episodes", "1");
        assertEquals(2, second.code(), second.err());
        assertEquals("dyna run: output directory " + out + " is in use by another dyna run (pid " + first.pid()
                + "); wait for it to finish or choose another --out", second.err().strip());

        first.destroy();   // SIGTERM on Linux
        assertTrue(first.waitFor(1, TimeUnit.MINUTES));
        assertEquals(143, first.exitValue());
        String err = Files.readString(dir.resolve("first-err.txt"), StandardCharsets.UTF_8);
        assertTrue(err.contains("dyna run: interrupted; ") && err.contains(" runs are finished and kept in "
                + out.resolve("runs") + "; run the same command with --resume to continue"), err);
        List<String> kept = Files.readAllLines(journal);
        assertTrue(kept.size() >= 5 && kept.size() < 1000, kept.size() + " runs kept");
        try (var files = Files.walk(out)) {
            List<String> left = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.startsWith(".dyna-staging")).toList();
            assertEquals(List.of(), left, "no temporary file or staging folder is left");
        }
        assertTrue(Files.notExists(out.resolve("episodes.csv")), "nothing half-written");
    }

    /** Compiles and packs a plugin jar from sources (path to text) against the application's lib directory. */
    private Path buildPlugin(String name, java.util.Map<String, String> sources) throws Exception {
        List<Path> files = new ArrayList<>();
        for (var source : sources.entrySet()) {
            Path file = dir.resolve(name + "-src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()));
        }
        return ExamplePlugin.compileAndPack(dir, name, name + "-plugins", files);
    }

    /**
     * Two builds of one plugin version may compute runs otherwise: the runs of one are never
     * resumed or merged by the other, and each says what differs in one line.
     */
    @Test
    void runsOfAnotherBuildOfAPluginAreNeverResumedOrMerged() throws Exception {
        Path first = buildExamplePlugin();
        Path root = Path.of(System.getProperty("dyna.lib")).getParent().getParent().getParent();
        List<Path> sources;
        try (var files = Files.walk(root.resolve("examples/windy-plugin/src/main/java"))) {
            sources = new ArrayList<>(files.filter(f -> f.toString().endsWith(".java")).toList());
        }
        Path rebuilt = Files.createDirectories(dir.resolve("rebuilt-src/dyna/examples/windy")).resolve("Build.java");
        sources.add(Files.writeString(rebuilt, "package dyna.examples.windy;\nfinal class Build {\n    static final int "
                + "NUMBER = 2;\n}\n"));
        Path second = ExamplePlugin.compileAndPack(dir, "dyna-windy-plugin-2", "plugins-2", sources);
        String[] experiment = {"--env", "windy-gridworld", "--model", "forgetful", "--runs", "4", "--episodes", "3"};

        Path out = dir.resolve("resumed");
        assertEquals(0, dyna(concat(List.of("run", "--plugins", first.toString(), "--out", out.toString()),
                experiment)).code());
        Launch resumed = dyna(concat(List.of("run", "--plugins", second.toString(), "--resume", "--out", out.toString()),
                experiment));
        assertEquals(2, resumed.code(), resumed.err());
        assertTrue(resumed.err().matches("(?s)dyna run: --resume: " + java.util.regex.Pattern.quote(out.toString())
                + " holds another experiment \\(plugins was \\[\"dyna.examples.windy 0.1.0 sha256:[0-9a-f]{64}\"\\], now "
                + "\\[\"dyna.examples.windy 0.1.0 sha256:[0-9a-f]{64}\"\\]\\); .*\\n"), resumed.err());

        Path one = dir.resolve("shard-1");
        Path two = dir.resolve("shard-2");
        assertEquals(0, dyna(concat(List.of("run", "--plugins", first.toString(), "--shard", "1/2", "--out",
                one.toString()), experiment)).code());
        assertEquals(0, dyna(concat(List.of("run", "--plugins", second.toString(), "--shard", "2/2", "--out",
                two.toString()), experiment)).code());
        Launch merged = dyna("merge", "--plugins", first.toString(), "--out", dir.resolve("merged").toString(),
                one.toString(), two.toString());
        assertEquals(2, merged.code(), merged.err());
        assertTrue(merged.err().startsWith("dyna merge: --merge: " + two + " holds runs of another experiment "
                + "(plugins was [\"dyna.examples.windy 0.1.0 sha256:"), merged.err());
        assertEquals(1, merged.err().lines().count(), merged.err());
    }

    private static String[] concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @Test
    void aFaultyPluginCostsOnlyItsFaultyPartsAndAFailingRunOnlyItself() throws Exception {
        Path plugins = buildPlugin("flaky", java.util.Map.of(
                "module-info.java", "module flaky.plugin { requires dyna.api; requires com.google.guice; "
                        + "provides dyna.api.env.EnvironmentProvider with flaky.plugin.FlakyProvider, "
                        + "flaky.plugin.NamelessProvider; provides com.google.inject.Module with flaky.plugin.BrokenModule; }",
                "flaky/plugin/FlakyProvider.java", """
                        package flaky.plugin;
                        import dyna.api.env.*;
                        import dyna.api.provider.Parameters;
                        import dyna.api.space.*;
                        /** A corridor whose simulator crashes on the third step of runs with an even seed. */
                        public final class FlakyProvider implements EnvironmentProvider {
                            public String id() { return "flaky-corridor"; }
                            public String description() { return "A corridor that crashes now and then"; }
                            public Environment create(Parameters p) {
                                return new Environment() {
                                    int position; int steps; boolean crashes;
                                    public Space observationSpace() { return new Discrete(4); }
                                    public Discrete actionSpace() { return new Discrete(2); }
                                    public void reset(long seed, Step out) { crashes = seed % 2 == 0; reset(out); }
                                    public void reset(Step out) { position = 0; out.set(0, 0, false, false); }
                                    public void step(int action, Step out) {
                                        if (++steps == 3 && crashes) { throw new IllegalStateException("flaky hardware"); }
                                        position = Math.max(0, Math.min(3, position + (action == 1 ? 1 : -1)));
                                        out.set(position, position == 3 ? 1 : 0, position == 3, false);
                                    }
                                };
                            }
                        }
                        """,
                "flaky/plugin/NamelessProvider.java", """
                        package flaky.plugin;
                        public final class NamelessProvider implements dyna.api.env.EnvironmentProvider {
                            public String id() { return "nameless"; }
                            public String description() { throw new UnsupportedOperationException("no text yet"); }
                            public dyna.api.env.Environment create(dyna.api.provider.Parameters p) { return null; }
                        }
                        """,
                "flaky/plugin/BrokenModule.java", """
                        package flaky.plugin;
                        public final class BrokenModule implements com.google.inject.Module {
                            public void configure(com.google.inject.Binder binder) {
                                throw new IllegalStateException("no database");
                            }
                        }
                        """));
        Launch listed = dyna("plugins", "--plugins", plugins.toString());
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("provides  environment  flaky-corridor"), listed.out());
        assertTrue(listed.out().contains("provider flaky.plugin.NamelessProvider: its declarations throw: no text yet"),
                listed.out());
        assertTrue(listed.out().contains("Guice module flaky.plugin.BrokenModule fails: IllegalStateException: no database"),
                listed.out());
        Launch list = dyna("list", "--plugins", plugins.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("dyna-maze") && list.out().contains("flaky-corridor"), list.out());

        Path out = dir.resolve("flaky-out");
        Launch run = dyna("run", "--plugins", plugins.toString(), "--env", "flaky-corridor", "--runs", "8",
                "--episodes", "2", "--out", out.toString());
        assertEquals(3, run.code(), run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("dyna run: warning: plugin flaky.jar loaded, with problems: "), run.err());
        List<String> failed = lines.stream().filter(l -> l.contains(" failed in ")).toList();
        assertFalse(failed.isEmpty(), run.err());
        for (String line : failed) {
            assertTrue(line.matches("dyna run: run \\d+ failed in environment flaky-corridor \\(flaky.plugin, flaky.jar\\): "
                    + "IllegalStateException: flaky hardware"), line);
        }
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("dyna run: " + failed.size() + " of 8 runs failed; the " + (8 - failed.size())
                + " finished runs are kept in "), last);
        try (var files = Files.list(out.resolve("runs"))) {
            assertEquals(8 - failed.size(), files.filter(f -> f.toString().endsWith(".run")).count());
        }
        assertTrue(Files.notExists(out.resolve("episodes.csv")), "no partial result set");
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingHowToRaiseTheHeap() throws Exception {
        // One agent fits in 48 MB, two at a time (one per thread) do not: the runs run out.
        Launch launch = dyna("-Xmx48m", "run", "--env", "random-task", "--param", "states=100000", "--param",
                "branching=1", "--model", "known-dynamics", "--planner", "uniform-expected", "--planning-only", "10",
                "--checkpoints", "1", "--runs", "2", "--threads", "2", "--out", dir.resolve("oom").toString());
        assertEquals(1, launch.code(), launch.err());
        List<String> lines = launch.err().lines().filter(l -> !l.contains("runs/s")).toList();
        assertEquals(1, lines.size(), launch.err());
        assertTrue(lines.get(0).startsWith("dyna: out of memory (Java heap space) with a heap of at most ")
                && lines.get(0).contains("DYNA_JAVA_OPTS=-Xmx<size>") && lines.get(0).contains("--threads"),
                launch.err());
    }

    /** Sizes that pass every range check but make an agent larger than the heap are a usage error before any run. */
    @Test
    void anAgentLargerThanTheHeapIsAUsageErrorNamingItsComponentBeforeAnyRun() throws Exception {
        Launch launch = dyna("-Xmx48m", "run", "--env", "random-task", "--param", "states=1000000", "--param",
                "branching=25", "--model", "known-dynamics", "--planner", "uniform-expected", "--planning-only", "10",
                "--checkpoints", "1", "--runs", "1", "--out", dir.resolve("too-large").toString());
        assertEquals(2, launch.code(), launch.err());
        assertEquals(1, launch.err().lines().count(), launch.err());
        assertTrue(launch.err().matches("dyna run: an agent of this configuration does not fit in memory: making one "
                + "\\(environment random-task with \\{states=1000000, branching=25, termination=0.1\\}\\) ran out of a "
                + "heap of at most \\d+ MB \\(Java heap space\\); choose smaller sizes, or give the JVM more with "
                + "DYNA_JAVA_OPTS=-Xmx<size>\\s*"), launch.err());
        assertFalse(Files.exists(dir.resolve("too-large")), "refused before anything is written");
    }
}
