package dyna.app.bench;

import com.hazelcast.core.HazelcastInstance;
import dyna.experiment.cluster.ClusterExecutor;
import dyna.experiment.cluster.ClusterNode;
import dyna.experiment.cluster.ClusterSettings;
import dyna.experiment.cluster.MemberRuntime;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.RunExecutor;
import dyna.experiment.SweepResults;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A sweep on a two-member cluster against the same sweep on the local pool with one thread and
 * with two. The members are this process and one member JVM that the benchmark starts (one run
 * thread each, loopback only, a cluster id of its own); every sweep follows a warm-up. Wall time
 * gives the speed-ups; the CPU time of every process involved, against the two-thread local
 * sweep's, gives what each run costs on the cluster beyond its own work (Hazelcast's threads,
 * batches and results travelling, and the second JVM's own JIT compiler and collector).
 */
public final class ClusterBenchmark {

    /**
     * The figures of one sweep.
     *
     * @param runsPerSecond    runs per second
     * @param cpuMillisPerRun  CPU time per run, all processes of the sweep
     */
    public record Sweep(double runsPerSecond, double cpuMillisPerRun) {
    }

    /**
     * The figures.
     *
     * @param runs          runs per sweep
     * @param millisPerRun  wall time of one run on one local thread
     * @param localOne      the local pool with one thread
     * @param localTwo      the local pool with two threads, in this process: what two threads give
     *                      on this machine without a cluster
     * @param cluster       two members of one thread each, in two processes
     */
    public record Result(int runs, double millisPerRun, Sweep localOne, Sweep localTwo, Sweep cluster) {

        /** Cluster runs per second against one local thread's. */
        public double speedUp() {
            return cluster.runsPerSecond() / localOne.runsPerSecond();
        }

        /** Two local threads' runs per second against one local thread's. */
        public double localSpeedUp() {
            return localTwo.runsPerSecond() / localOne.runsPerSecond();
        }

        /** CPU milliseconds a run costs on the cluster beyond its cost on the local pool of two threads. */
        public double overheadCpuMillisPerRun() {
            return cluster.cpuMillisPerRun() - localTwo.cpuMillisPerRun();
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private ClusterBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param plan     the sweep, one point
     * @param spec     the sweep as data (SpecJson), which the member rebuilds it from
     * @param runtime  this process's member runtime
     * @param dyna     the command that runs {@code dyna} in a new JVM (java, its options, the module)
     * @param options  options for {@code dyna cluster member} beyond the cluster's (plugin directories)
     * @param runs     runs per timed sweep
     * @param progress told a line as each part begins
     */
    public static Result run(ExperimentPlan plan, String spec, MemberRuntime runtime, List<String> dyna,
            List<String> options, int runs, Consumer<String> progress) throws InterruptedException, IOException {
        int warmUp = Math.max(4, Math.min(40, runs / 10));
        progress.accept("local pool, 1 thread: " + warmUp + " runs of warm-up, then " + runs + " runs");
        sweep(new ExperimentRunner(1), plan, warmUp);
        Sweep localOne = timed(new ExperimentRunner(1), plan, runs, null);
        progress.accept("local pool, 2 threads: " + runs + " runs");
        Sweep localTwo = timed(new ExperimentRunner(2), plan, runs, null);

        String id = "bench-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        int memberPort = freePort();
        int ownPort = freePort();
        List<String> members = List.of(ClusterSettings.LOOPBACK + ":" + memberPort,
                ClusterSettings.LOOPBACK + ":" + ownPort);
        List<String> command = new ArrayList<>(dyna);
        command.addAll(List.of("cluster", "member", "--cluster-id", id, "--port", String.valueOf(memberPort),
                "--members", String.join(",", members), "--threads", "1"));
        command.addAll(options);
        progress.accept("cluster of 2 members, 1 thread each: starting a member JVM on port " + memberPort);
        Process member = new ProcessBuilder(command).redirectErrorStream(true).start();
        HazelcastInstance own = null;
        try {
            awaitStarted(member);
            own = ClusterNode.start(new ClusterSettings(id, ClusterSettings.LOOPBACK, ownPort, members, 1), runtime,
                    false);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (own.getCluster().getMembers().size() < 2) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the member JVM did not join this process's cluster within "
                            + START_TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(50);
            }
            List<String> warnings = new ArrayList<>();
            RunExecutor cluster = new ClusterExecutor(own, spec, null, false, warnings::add);
            progress.accept("cluster of 2 members: " + warmUp + " runs of warm-up, then " + runs + " runs");
            sweep(new ExperimentRunner(cluster), plan, warmUp);
            Sweep onCluster = timed(new ExperimentRunner(cluster), plan, runs, member.toHandle());
            if (!warnings.isEmpty()) {
                throw new IllegalStateException("the cluster sweep did not run as set up: " + warnings.get(0));
            }
            return new Result(runs, 1000 / localOne.runsPerSecond(), localOne, localTwo, onCluster);
        } finally {
            if (own != null) {
                own.shutdown();
            }
            member.destroy();
            if (!member.waitFor(15, TimeUnit.SECONDS)) {
                member.destroyForcibly();
            }
        }
    }

    /** Times a sweep: wall time, and the CPU time of this process and of {@code other} (if not null). */
    private static Sweep timed(ExperimentRunner runner, ExperimentPlan plan, int runs, ProcessHandle other)
            throws InterruptedException {
        double cpu0 = ownCpuNanos() + (other == null ? 0 : cpuNanos(other));
        long t0 = System.nanoTime();
        sweep(runner, plan, runs);
        double wall = System.nanoTime() - t0;
        double cpu = ownCpuNanos() + (other == null ? 0 : cpuNanos(other)) - cpu0;
        return new Sweep(runs / (wall / 1e9), cpu / 1e6 / runs);
    }

    private static void sweep(ExperimentRunner runner, ExperimentPlan plan, int runs) throws InterruptedException {
        SweepResults results = runner.run(plan.points(), runs, plan.spec().stop(), done -> { });
        if (!results.complete()) {
            throw new IllegalStateException("a run of the benchmark's sweep failed: "
                    + results.failures().get(0).line());
        }
    }

    /** Waits for the member's line saying it started; its output is drained afterwards. */
    private static void awaitStarted(Process member) throws IOException, InterruptedException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(member.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> {
            StringBuilder said = new StringBuilder();
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    said.append(line).append('\n');
                    if (line.contains(" of cluster ")) {
                        return null;
                    }
                }
                return said.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String failed;
        try {
            failed = started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the member JVM did not start within " + START_TIMEOUT.toSeconds()
                    + " s", e);
        }
        if (failed != null) {
            throw new IllegalStateException("the member JVM stopped (exit " + member.waitFor() + "): "
                    + failed.strip().replace('\n', ' '));
        }
        Thread drain = new Thread(() -> {
            try {
                lines.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ended) {
                // the member stopped
            }
        }, "dyna-bench-member-output");
        drain.setDaemon(true);
        drain.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double ownCpuNanos() {
        return cpuNanos(ProcessHandle.current());
    }

    private static double cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not report process CPU time"))
                .toNanos();
    }
}
