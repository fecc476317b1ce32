package dyna.experiment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one run cost, measured on the thread that ran it: wall-clock seconds, CPU seconds, and the
 * host it ran on. A record of the run, not a result: it never enters a run's identity or the
 * result files that a rerun reproduces.
 *
 * @param wallSeconds wall-clock seconds, NaN when not known (a run of an older journal)
 * @param cpuSeconds  CPU seconds of the run's thread, NaN when the JVM does not measure them
 * @param host        the host name, empty when not known
 */
public record RunCost(double wallSeconds, double cpuSeconds, String host) {

    /** The cost of a run recorded before costs were kept. */
    public static final RunCost UNKNOWN = new RunCost(Double.NaN, Double.NaN, "");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** This machine's host name: the kernel's, else the HOSTNAME variable, else empty. */
    public static final String HOST = hostName();

    /** A clock started on the current thread. */
    public static Stopwatch start() {
        return new Stopwatch(System.nanoTime(), threadCpuNanos());
    }

    /**
     * Wall and CPU time from a start on the same thread.
     *
     * @param wallNanos {@link System#nanoTime()} at the start
     * @param cpuNanos  the thread's CPU nanoseconds at the start, or -1 when not measured
     */
    public record Stopwatch(long wallNanos, long cpuNanos) {

        /** The cost from the start to now, on this host. */
        public RunCost stop() {
            long cpu = threadCpuNanos();
            return new RunCost((System.nanoTime() - wallNanos) / 1e9,
                    cpu < 0 || cpuNanos < 0 ? Double.NaN : (cpu - cpuNanos) / 1e9, HOST);
        }
    }

    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    private static String hostName() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).strip();
            }
        } catch (IOException | SecurityException e) {
            // fall through to the environment
        }
        String variable = System.getenv("HOSTNAME");
        return variable == null ? "" : variable.strip();
    }
}
