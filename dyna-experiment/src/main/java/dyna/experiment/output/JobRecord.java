package dyna.experiment.output;

import dyna.experiment.ExperimentPlan;
import dyna.experiment.RunCost;
import dyna.experiment.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * When, how long and where a job ran: its start and end, the wall and CPU seconds of this process
 * and of its runs (each measured where it ran), the hosts, the JDK, the operating system, Dyna's
 * version and source revision, and the revision of the experiment file's repository. Written into
 * {@code config.json} and the report; never into a result file, which a rerun reproduces byte
 * for byte.
 *
 * @param started        when the job started
 * @param cpuNanosAtStart this process's CPU time then, or -1 when not known
 */
public record JobRecord(Instant started, long cpuNanosAtStart) {

    /** A record of a job starting now. */
    public static JobRecord start() {
        return new JobRecord(Instant.now(), processCpuNanos());
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /**
     * The record as {@code config.json} holds it, ending now.
     *
     * @param results every run's result, by point and run
     */
    public Map<String, Object> asMap(ExperimentPlan plan, RunResult[][] results) {
        Instant ended = Instant.now();
        long cpu = processCpuNanos();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("started", started.truncatedTo(ChronoUnit.MILLIS).toString());
        record.put("ended", ended.truncatedTo(ChronoUnit.MILLIS).toString());
        record.put("wall-seconds", seconds(Duration.between(started, ended).toNanos()));
        if (cpu >= 0 && cpuNanosAtStart >= 0) {
            record.put("cpu-seconds", seconds(cpu - cpuNanosAtStart));
        }
        double wall = 0;
        double cpuOfRuns = 0;
        int measured = 0;
        TreeSet<String> hosts = new TreeSet<>();
        for (RunResult[] point : results) {
            for (RunResult run : point) {
                RunCost cost = run.cost();
                if (!Double.isNaN(cost.wallSeconds())) {
                    measured++;
                    wall += cost.wallSeconds();
                    cpuOfRuns += Double.isNaN(cost.cpuSeconds()) ? 0 : cost.cpuSeconds();
                }
                if (!cost.host().isEmpty()) {
                    hosts.add(cost.host());
                }
            }
        }
        Map<String, Object> runs = new LinkedHashMap<>();
        runs.put("measured", measured);
        runs.put("wall-seconds", round(wall));
        runs.put("cpu-seconds", round(cpuOfRuns));
        runs.put("hosts", hosts);
        runs.put("each", "runs.csv");
        record.put("runs", runs);
        record.put("host", RunCost.HOST);
        record.put("cores", Runtime.getRuntime().availableProcessors());
        record.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        record.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")");
        record.put("dyna", ConfigurationReport.dynaVersion());
        SourceRevision.ofDyna().ifPresent(revision -> record.put("dyna-revision", revision));
        Path file = plan.spec().source();
        if (file != null) {
            SourceRevision.of(file).ifPresent(revision -> record.put("experiment-revision", revision));
        }
        return record;   // no null: config.json is read back as an experiment file, which refuses missing values
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
