package dyna.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster backend as users run it: members and submitters are separate JVMs launched from
 * the packaged application, on loopback, stopped by pid at the end. Results must be the bytes a
 * local run writes, whatever the members, shards or lost members.
 */
class ClusterIT {

    private static final Path ROOT = Path.of(System.getProperty("dyna.lib")).getParent().getParent().getParent();
    private static final String FIGURE = ROOT.resolve("experiments/figure-8.2.yaml").toString();
    /** Compared byte for byte, config.json but for the record of when and where the job ran ({@link Unrecorded}). */
    private static final List<String> RESULTS = List.of("episodes.csv", "summary.csv", "config.json");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();
    private final String clusterId = "it-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final int basePort = 21000 + ThreadLocalRandom.current().nextInt(20_000);

    @AfterEach
    void stopEveryProcess() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
        }
        for (Process process : started) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aSweepGivesTheLocalBytesOnTwoAndThreeMembersAndFromThreeShards() throws Exception {
        List<String> sweep = List.of("run", FIGURE, "--runs", "10", "--episodes", "20");
        assertEquals(0, finish(launch("local", sweep, "--out", dir.resolve("local").toString())));

        Process first = member(basePort);
        int code = finish(launch("two", sweep, "--cluster", "127.0.0.1:" + basePort, "--cluster-id", clusterId,
                "--threads", "1", "--out", dir.resolve("two").toString()));
        assertEquals(0, code, read("two.err"));
        assertTrue(runsOf(read("two.err"), basePort) > 0, "the member ran none of the runs:\n" + read("two.err"));

        Process second = member(basePort + 1, "--members", "127.0.0.1:" + basePort);
        Process three = launch("three", sweep, "--cluster", "127.0.0.1:" + basePort, "--cluster-id", clusterId,
                "--threads", "1", "--out", dir.resolve("three").toString());
        int listening = 0;
        while (three.isAlive() && listening < 3) {   // until the submitter has joined as a member
            listening = loopbackListeners(List.of(first, second, three));
            Thread.sleep(20);
        }
        assertEquals(3, listening, "the submitter and both members listen, on loopback only");
        assertEquals(0, finish(three), read("three.err"));

        List<String> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shard = dir.resolve("shard-" + k);
            assertEquals(0, finish(launch("shard-" + k, sweep, "--shard", k + "/3", "--out", shard.toString())));
            shards.add(shard.toString());
        }
        List<String> merge = new ArrayList<>(List.of("merge", "--out", dir.resolve("merged").toString()));
        merge.addAll(shards);
        assertEquals(0, finish(launch("merge", merge)), read("merge.err"));

        for (String file : RESULTS) {
            String local = Unrecorded.text(dir.resolve("local").resolve(file));
            for (String other : List.of("two", "three", "merged")) {
                assertEquals(local, Unrecorded.text(dir.resolve(other).resolve(file)), other + "/" + file);
            }
        }
    }

    @Test
    void killingAMemberAtAThirdOfTheSweepLosesNothing() throws Exception {
        List<String> sweep = List.of("run", FIGURE, "--runs", "100");   // 300 runs of 50 episodes
        Process first = member(basePort);
        Process second = member(basePort + 1, "--members", "127.0.0.1:" + basePort);
        Path out = dir.resolve("cluster");
        Process submitter = launch("cluster", sweep, "--cluster", "127.0.0.1:" + basePort, "--cluster-id", clusterId,
                "--threads", "1", "--out", out.toString());
        Path journal = out.resolve("runs/journal.log");
        awaitRuns(journal, 90, submitter, "cluster.err");
        assertEquals(3, loopbackListeners(List.of(first, second, submitter)), "each process listens, on loopback only");
        second.destroyForcibly();   // kill -9
        assertTrue(submitter.isAlive(), "the sweep ended before the member was killed");
        int done = lines(journal).size();

        assertEquals(0, finish(submitter), read("cluster.err"));
        assertTrue(done < 300, done + " runs were done when the member was killed");
        assertTrue(read("cluster.err").contains("dyna run: member 127.0.0.1:" + (basePort + 1)
                + " left; its unfinished runs go to the other members"), read("cluster.err"));
        List<String> recorded = lines(journal);
        assertEquals(300, recorded.size(), "each run once in the journal");
        assertEquals(300, new HashSet<>(recorded).size(), "each run once in the journal");

        assertLocalBytes(sweep, out);
    }

    @Test
    void losingTheSubmitterResumesAndTakesTheRunsMembersFinishedMeanwhile() throws Exception {
        List<String> sweep = List.of("run", FIGURE, "--runs", "100");   // 300 runs of 50 episodes
        member(basePort);
        Path out = dir.resolve("cluster");
        List<String> onCluster = List.of("--cluster", "127.0.0.1:" + basePort, "--cluster-id", clusterId,
                "--threads", "1", "--out", out.toString());
        Process submitter = launch("cluster", sweep, onCluster.toArray(String[]::new));
        Path journal = out.resolve("runs/journal.log");
        awaitRuns(journal, 90, submitter, "cluster.err");
        // Lose the submitter only while the member is at work, holding batches: on a slow machine
        // the submitter alone could finish 90 runs before the member took its first batch, and
        // then the member had nothing to keep (this test failed so once).
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (runsOf(read("cluster.err"), basePort) == 0) {
            assertTrue(submitter.isAlive() && System.nanoTime() < deadline, "the member took no runs:\n"
                    + read("cluster.err"));
            Thread.sleep(20);
        }
        submitter.destroyForcibly().waitFor(10, TimeUnit.SECONDS);   // kill -9
        int done = lines(journal).size();
        assertTrue(done < 300, done + " runs were done when the submitter was killed");
        Thread.sleep(2000);   // the member finishes the batches it holds (each about 100 ms) and keeps their runs

        List<String> resume = new ArrayList<>(onCluster);
        resume.add("--resume");
        assertEquals(0, finish(launch("resumed", sweep, resume.toArray(String[]::new))), read("resumed.err"));
        Matcher took = Pattern.compile("dyna run: took (\\d+) runs? that members finished for an earlier submitter")
                .matcher(read("resumed.err"));
        assertTrue(took.find(), "no run was taken from the member:\n" + read("resumed.err"));
        assertTrue(Integer.parseInt(took.group(1)) > 0);
        List<String> recorded = lines(journal);
        assertEquals(300, new HashSet<>(recorded).size(), "every run in the journal");
        assertEquals(300, recorded.size(), "each run once in the journal");

        assertLocalBytes(sweep, out);
    }

    /**
     * Members listen on loopback, where any account of the machine can connect as a Hazelcast client
     * with no credentials: what such a stranger puts into the results kept for a lost submitter
     * (a real run with its return changed, under the run's own name) is never taken.
     */
    @Test
    void aResultPutIntoTheClusterByAStrangerIsNeverTaken() throws Exception {
        List<String> sweep = List.of("run", FIGURE, "--runs", "3", "--episodes", "10");
        assertEquals(0, finish(launch("local", sweep, "--out", dir.resolve("local").toString())));
        List<String> names = lines(dir.resolve("local/runs/journal.log"));
        member(basePort);
        com.hazelcast.client.config.ClientConfig config = new com.hazelcast.client.config.ClientConfig();
        config.setClusterName("dyna-" + clusterId);
        config.getNetworkConfig().addAddress("127.0.0.1:" + basePort);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        com.hazelcast.core.HazelcastInstance stranger = com.hazelcast.client.HazelcastClient.newHazelcastClient(config);
        try {
            for (String name : names.subList(0, 3)) {
                dyna.experiment.RunResult real = dyna.experiment.RunJournal.decode(
                        Files.readAllBytes(dir.resolve("local/runs").resolve(name)), name);
                java.util.Map<String, double[]> series = new java.util.HashMap<>(real.series());
                double[] returns = series.get("return").clone();
                java.util.Arrays.fill(returns, -2.449);
                series.put("return", returns);
                stranger.getMap("dyna-finished").put(name, dyna.experiment.RunJournal.encode(
                        new dyna.experiment.RunResult(series, real.counters()), name));
            }
        } finally {
            stranger.shutdown();
        }
        Path out = dir.resolve("resumed");
        int code = finish(launch("resumed", sweep, "--cluster", "127.0.0.1:" + basePort, "--cluster-id", clusterId,
                "--threads", "1", "--resume", "--out", out.toString()));
        assertEquals(0, code, read("resumed.err"));
        assertTrue(read("resumed.err").contains("3 results kept on the cluster for this sweep were not sealed with "
                + "its key (not made by a member it sent runs to) and were not taken"), read("resumed.err"));
        for (String file : List.of("episodes.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(file)), Files.readAllBytes(out.resolve(file)),
                    file);
        }
    }

    @Test
    void aMemberWithAnotherPluginSetIsRefusedInOneLine() throws Exception {
        Path plugins = ExamplePlugin.build(dir, "plugins");
        member(basePort, "--plugins", plugins.toString());
        int code = finish(launch("cluster", List.of("run", FIGURE, "--runs", "3", "--episodes", "10"), "--cluster",
                "127.0.0.1:" + basePort, "--cluster-id", clusterId, "--threads", "1", "--out",
                dir.resolve("cluster").toString()));
        assertEquals(0, code, read("cluster.err"));
        List<String> refusals = read("cluster.err").lines().filter(l -> l.contains("cannot take runs")).toList();
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).matches("dyna run: member 127.0.0.1:" + basePort + " cannot take runs: its plugin "
                + "set differs: it has dyna.examples.windy 0.1.0 sha256:[0-9a-f]{16} that this process has not"),
                refusals.get(0));
        assertEquals(0, runsOf(read("cluster.err"), basePort), read("cluster.err"));
        assertEquals(1 + 9 * 10, lines(dir.resolve("cluster/episodes.csv")).size());
    }

    @Test
    void aMemberThatCannotStartSaysWhyInOneLineWithoutHazelcastsStackTrace() throws Exception {
        member(basePort);
        Process taken = launch("taken", List.of("cluster", "member", "--port", Integer.toString(basePort),
                "--threads", "1", "--cluster-id", clusterId));
        assertEquals(2, finish(taken), read("taken.err"));
        assertEquals(List.of("dyna cluster member: cannot start a cluster member on 127.0.0.1:" + basePort
                + ": the port is in use; give another with --port, or leave --port out to take the first free one "
                + "from 5701"), read("taken.err").lines().toList());
        Process foreign = launch("foreign", List.of("cluster", "member", "--bind", "192.0.2.1", "--port",
                Integer.toString(basePort + 1), "--threads", "1", "--cluster-id", clusterId));
        assertEquals(2, finish(foreign), read("foreign.err"));
        List<String> lines = read("foreign.err").lines().toList();
        assertEquals(2, lines.size(), "the exposure warning and the error:\n" + read("foreign.err"));
        assertEquals("dyna cluster member: cannot start a cluster member on 192.0.2.1:" + (basePort + 1) + ": 192.0.2.1 "
                + "is not an address of this machine; give --bind one of its own (or leave it out for 127.0.0.1)",
                lines.get(1));
        Process submitter = launch("submitter", List.of("run", FIGURE, "--runs", "1", "--episodes", "2", "--cluster",
                "127.0.0.1:" + basePort, "--cluster-id", clusterId, "--bind", "192.0.2.1", "--out",
                dir.resolve("never").toString()));
        assertEquals(2, finish(submitter), read("submitter.err"));
        assertFalse(read("submitter.err").contains("\tat "), read("submitter.err"));
        assertTrue(read("submitter.err").contains("192.0.2.1 is not an address of this machine"), read("submitter.err"));
        assertFalse(Files.exists(dir.resolve("never/episodes.csv")));
        Process alone = launch("alone", List.of("run", FIGURE, "--runs", "1", "--episodes", "2", "--cluster",
                "127.0.0.1:" + (basePort + 2), "--cluster-id", clusterId, "--out", dir.resolve("alone").toString()));
        assertEquals(0, finish(alone), read("alone.err"));
        assertTrue(read("alone.err").contains("dyna run: warning: no member of cluster " + clusterId + " answered at "
                + "127.0.0.1:" + (basePort + 2) + "; the runs run in this process until one joins"), read("alone.err"));
        assertTrue(Files.exists(dir.resolve("alone/episodes.csv")));
    }

    @Test
    void theClusterBenchmarkStartsItsMemberAndReportsEverySweep() throws Exception {
        Path json = dir.resolve("bench.json");
        Process bench = launch("bench", List.of("bench", "cluster", "--runs", "8", "--episodes", "5", "--json",
                json.toString()));
        assertEquals(0, finish(bench), read("bench.err"));
        String out = read("bench.out");
        for (String row : List.of("local pool, 1 thread", "local pool, 2 threads", "2 members of 1 thread (cluster)",
                "speed-up, cluster", "CPU overhead per run")) {
            assertTrue(out.contains(row), row + " is missing:\n" + out);
        }
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        for (String key : List.of("cluster_runs_per_s_local_1_thread", "cluster_runs_per_s_local_2_threads",
                "cluster_runs_per_s_2_members", "cluster_cpu_ms_per_run_cluster")) {
            assertTrue(figures.path(key).asDouble() > 0, key + " in " + figures);
        }
        assertEquals(8, figures.path("cluster_runs").asInt());
        Matcher port = Pattern.compile("starting a member JVM on port (\\d+)").matcher(read("bench.err"));
        assertTrue(port.find(), read("bench.err"));
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", Integer.parseInt(port.group(1))).close(),
                "the member JVM was stopped");
    }

    /** Waits until the journal holds {@code runs} runs, while the submitter runs (2 minutes at most). */
    private void awaitRuns(Path journal, int runs, Process submitter, String errors) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (lines(journal).size() < runs) {
            assertTrue(submitter.isAlive() && System.nanoTime() < deadline, "the sweep did not get to " + runs
                    + " runs:\n" + read(errors));
            Thread.sleep(20);
        }
    }

    /** Runs the sweep locally and asserts that {@code out} holds the same result bytes. */
    private void assertLocalBytes(List<String> sweep, Path out) throws Exception {
        assertEquals(0, finish(launch("local", sweep, "--out", dir.resolve("local").toString())));
        for (String file : RESULTS) {
            assertEquals(Unrecorded.text(dir.resolve("local").resolve(file)), Unrecorded.text(out.resolve(file)), file);
        }
    }

    /** Starts a member with one thread on {@code port} and waits until it says it is up. */
    private Process member(int port, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("cluster", "member", "--port", Integer.toString(port),
                "--threads", "1", "--cluster-id", clusterId));
        args.addAll(List.of(more));
        String name = "member-" + port;
        Process member = launch(name, args);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!read(name + ".out").contains("stop with Ctrl-C")) {
            if (!member.isAlive() || System.nanoTime() > deadline) {
                fail("the member on port " + port + " did not start:\n" + read(name + ".err"));
            }
            Thread.sleep(50);
        }
        return member;
    }

    /** Launches {@code dyna ARGS... MORE...} from the packaged application, output to NAME.out and NAME.err. */
    private Process launch(String name, List<String> args, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-p", System.getProperty("dyna.lib") + File.pathSeparator
                        + Path.of(System.getProperty("dyna.lib"), "cluster"), "--add-modules", "com.hazelcast.core",
                "-m", "dyna.app"));
        command.addAll(args);
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().remove("DYNA_CLUSTER");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static int finish(Process process) throws InterruptedException {
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "dyna did not finish");
        return process.exitValue();
    }

    private String read(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    /** The runs the member on {@code port} did, from the last progress line that names it (0 if none does). */
    private static int runsOf(String progress, int port) {
        Matcher matcher = Pattern.compile("127\\.0\\.0\\.1:" + port + " (\\d+)").matcher(progress);
        int runs = 0;
        while (matcher.find()) {
            runs = Integer.parseInt(matcher.group(1));
        }
        return runs;
    }

    /**
     * Checks, as {@code ss -ltn} would (from /proc, which it reads), that every TCP socket these
     * processes listen on is bound to a loopback address; returns how many they listen on.
     */
    private static int loopbackListeners(List<Process> processes) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (Process process : processes) {
            if (!process.isAlive()) {
                continue;
            }
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
                for (Path fd : fds.toList()) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring("socket:[".length(), target.length() - 1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // a descriptor closed while listed
                    }
                }
            }
        }
        int listening = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));   // once: sockets come and go between reads
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.strip().split("\\s+");
                if (!fields[3].equals("0A") || !inodes.contains(fields[9])) {
                    continue;   // not listening, or not ours
                }
                listening++;
                String address = fields[1].substring(0, fields[1].indexOf(':'));
                assertTrue(address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F")
                        || address.equals("00000000000000000000000001000000"),
                        "a dyna process listens on a non-loopback address (" + table + ": " + line.strip() + ")");
            }
        }
        return listening;
    }
}
