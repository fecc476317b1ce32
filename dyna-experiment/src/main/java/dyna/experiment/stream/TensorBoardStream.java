package dyna.experiment.stream;

import com.google.protobuf.ListValue;
import com.google.protobuf.Value;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import dyna.experiment.stream.proto.DataType;
import dyna.experiment.stream.proto.Event;
import dyna.experiment.stream.proto.Experiment;
import dyna.experiment.stream.proto.HParamInfo;
import dyna.experiment.stream.proto.HParamType;
import dyna.experiment.stream.proto.HParamsPluginData;
import dyna.experiment.stream.proto.MetricInfo;
import dyna.experiment.stream.proto.MetricName;
import dyna.experiment.stream.proto.SessionEndInfo;
import dyna.experiment.stream.proto.SessionStartInfo;
import dyna.experiment.stream.proto.SessionStatus;
import dyna.experiment.stream.proto.Summary;
import dyna.experiment.stream.proto.SummaryMetadata;
import dyna.experiment.stream.proto.TensorProto;
import dyna.experiment.stream.proto.TensorShapeProto;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * TensorBoard's event files for a job, in {@code tensorboard/}: one TensorBoard run per sweep
 * point and run ({@code POINT/run-K}, K from 1), each a session of the HParams plugin grouped by
 * its point, with every series of the run as scalars against its x (episode, step, updates) and
 * the run's totals (work done, seconds) as scalars under {@code run/}; the sweep's dimensions and
 * metrics in a file of the top directory. A run's file appears whole when the run finishes (it is
 * written beside and renamed), so TensorBoard can watch a sweep as it goes.
 */
public final class TensorBoardStream implements RunStream {

    /** The directory name in a result directory. */
    public static final String DIRECTORY = "tensorboard";
    private static final String HPARAMS = "hparams";
    private static final String EXPERIMENT_TAG = "_hparams_/experiment";
    private static final String SESSION_START_TAG = "_hparams_/session_start_info";
    private static final String SESSION_END_TAG = "_hparams_/session_end_info";
    private static final String WRITING = ".dyna-writing";

    private final Path directory;
    private final StopCondition stop;
    private final Map<String, String> names;

    /**
     * Opens the stream in {@code directory}, keeping the runs written there before (a job that
     * resumes; a new job starts from an empty directory).
     */
    public TensorBoardStream(Path directory, ExperimentPlan plan) throws IOException {
        this.directory = directory;
        this.stop = plan.spec().stop();
        this.names = directoryNames(plan.points());
        Files.createDirectories(directory);
        try (Stream<Path> old = Files.list(directory)) {
            for (Path file : old.filter(f -> f.getFileName().toString().contains(".tfevents.")).toList()) {
                Files.delete(file);   // the experiment's summary, written again below
            }
        }
        writeWhole(directory, List.of(summary(0, EXPERIMENT_TAG, HParamsPluginData.newBuilder()
                .setExperiment(experiment(plan)).build())));
    }

    @Override
    public synchronized void finished(ExperimentPoint point, int run, RunResult result) throws IOException {
        Path runDirectory = directory.resolve(names.get(point.point().label())).resolve("run-" + (run + 1));
        if (Files.isDirectory(runDirectory)) {
            try (Stream<Path> files = Files.list(runDirectory)) {
                if (files.anyMatch(f -> f.getFileName().toString().startsWith("events.out.tfevents."))) {
                    return;   // written before this job resumed
                }
            }
        }
        Files.createDirectories(runDirectory);
        writeWhole(runDirectory, runEvents(point, result));
    }

    /** The events of one run: its hyper-parameters, its series, its totals, its end. */
    private List<Event> runEvents(ExperimentPoint point, RunResult result) {
        double now = now();
        List<Event> events = new ArrayList<>();
        SessionStartInfo.Builder start = SessionStartInfo.newBuilder().setGroupName(names.get(point.point().label()))
                .setStartTimeSecs(now);
        point.point().values().forEach((name, value) -> start.putHparams(name, value(value)));
        events.add(summary(0, SESSION_START_TAG, HParamsPluginData.newBuilder().setSessionStartInfo(start).build()));
        double[] x = stop.xValues();
        Map<String, Double> totals = new LinkedHashMap<>();
        List<String> curves = new ArrayList<>();
        List<String> byEpisode = new ArrayList<>();
        result.series().forEach((name, values) -> {
            if (x.length > 0 && values.length == x.length) {
                curves.add(name);
            } else if (values.length == 1) {
                totals.put(name, values[0]);
            } else if (values.length > 1) {
                byEpisode.add(name);   // a series of its own length: one value per episode (until solved)
            }
        });
        addCurves(events, now, result, curves, x);
        int episodes = byEpisode.stream().mapToInt(name -> result.series(name).length).max().orElse(0);
        addCurves(events, now, result, byEpisode, dyna.experiment.output.LineChart.oneToN(episodes));
        totals.put("episodes", (double) result.counters().episodes());
        totals.put("real_steps", (double) result.counters().realSteps());
        totals.put("planning_updates", (double) result.counters().planningUpdates());
        totals.put("model_queries", (double) result.counters().modelQueries());
        if (!Double.isNaN(result.cost().wallSeconds())) {
            totals.put("wall_seconds", result.cost().wallSeconds());
            totals.put("cpu_seconds", result.cost().cpuSeconds());
        }
        Summary.Builder last = Summary.newBuilder();
        totals.forEach((name, value) -> last.addValue(Summary.Value.newBuilder().setTag("run/" + name)
                .setSimpleValue(value.floatValue())));
        long lastStep = x.length == 0 ? 0 : (long) x[x.length - 1];
        events.add(Event.newBuilder().setWallTime(now).setStep(lastStep).setSummary(last).build());
        events.add(summary(lastStep, SESSION_END_TAG, HParamsPluginData.newBuilder().setSessionEndInfo(
                SessionEndInfo.newBuilder().setStatus(SessionStatus.STATUS_SUCCESS).setEndTimeSecs(now)).build()));
        return events;
    }

    /** An event per x value with the values of {@code names} there (those series long enough). */
    private static void addCurves(List<Event> events, double now, RunResult result, List<String> names, double[] x) {
        for (int i = 0; i < x.length && !names.isEmpty(); i++) {
            Summary.Builder summary = Summary.newBuilder();
            for (String name : names) {
                double[] values = result.series(name);
                if (i < values.length) {
                    summary.addValue(Summary.Value.newBuilder().setTag(name).setSimpleValue((float) values[i]));
                }
            }
            events.add(Event.newBuilder().setWallTime(now).setStep((long) x[i]).setSummary(summary).build());
        }
    }

    /** The sweep's dimensions (each with the values it takes) and the metrics, for the HParams dashboard. */
    private Experiment experiment(ExperimentPlan plan) {
        Map<String, Set<String>> domains = new LinkedHashMap<>();
        for (ExperimentPoint point : plan.points()) {
            point.point().values().forEach((name, value) ->
                    domains.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value));
        }
        Experiment.Builder experiment = Experiment.newBuilder().setTimeCreatedSecs(now())
                .setDescription(plan.spec().description());
        domains.forEach((name, values) -> {
            ListValue.Builder domain = ListValue.newBuilder();
            values.forEach(v -> domain.addValues(value(v)));
            boolean numbers = values.stream().allMatch(v -> number(v) != null);
            experiment.addHparamInfos(HParamInfo.newBuilder().setName(name)
                    .setType(numbers ? HParamType.DATA_TYPE_FLOAT64 : HParamType.DATA_TYPE_STRING)
                    .setDomainDiscrete(domain));
        });
        for (String metric : metricTags(plan)) {
            experiment.addMetricInfos(MetricInfo.newBuilder().setName(MetricName.newBuilder().setTag(metric)));
        }
        return experiment.build();
    }

    /** The tags a run writes that the HParams dashboard shows as metrics: the measures summarised, then the totals. */
    private static List<String> metricTags(ExperimentPlan plan) {
        List<String> tags = new ArrayList<>();
        plan.measures().forEach(m -> tags.add(m.name()));
        for (String total : List.of("episodes", "real_steps", "planning_updates", "wall_seconds")) {
            tags.add("run/" + total);
        }
        return tags;
    }

    /** A value of the HParams plugin: a number where the text is one, else the text. */
    private static Value value(String text) {
        BigDecimal number = number(text);
        return number != null ? Value.newBuilder().setNumberValue(number.doubleValue()).build()
                : Value.newBuilder().setStringValue(text).build();
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** An event of the HParams plugin (its summaries carry an empty float tensor, as TensorBoard's own do). */
    private static Event summary(long step, String tag, HParamsPluginData data) {
        SummaryMetadata metadata = SummaryMetadata.newBuilder().setPluginData(SummaryMetadata.PluginData.newBuilder()
                .setPluginName(HPARAMS).setContent(data.toByteString())).build();
        TensorProto empty = TensorProto.newBuilder().setDtype(DataType.DT_FLOAT)
                .setTensorShape(TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dim.newBuilder().setSize(0)))
                .build();
        return Event.newBuilder().setWallTime(now()).setStep(step).setSummary(Summary.newBuilder()
                .addValue(Summary.Value.newBuilder().setTag(tag).setMetadata(metadata).setTensor(empty))).build();
    }

    /** Writes {@code events} to a new event file in {@code into}, visible to TensorBoard only once whole. */
    private static void writeWhole(Path into, List<Event> events) throws IOException {
        double now = now();
        String name = "events.out.tfevents." + (long) now + "." + sanitized(dyna.experiment.RunCost.HOST);
        Path partial = into.resolve(WRITING);   // TensorBoard reads every file whose name holds "tfevents"
        Files.deleteIfExists(partial);           // left by a crash
        try (EventFile file = new EventFile(partial, now)) {
            for (Event event : events) {
                file.write(event);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, into.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A directory name per point, by its label: the label ({@code alpha=0.1,epsilon=0.3}, or {@code all}) with
     * what a file name cannot hold replaced, numbered where two would meet.
     */
    static Map<String, String> directoryNames(List<ExperimentPoint> points) {
        Map<String, String> names = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (int p = 0; p < points.size(); p++) {
            String name = sanitized(points.get(p).point().label().replace(", ", ","));
            if (!taken.add(name)) {
                name = name + "-" + (p + 1);
                taken.add(name);
            }
            names.put(points.get(p).point().label(), name);
        }
        return names;
    }

    private static String sanitized(String text) {
        String kept = text.replaceAll("[^A-Za-z0-9._=,+-]", "_");
        return kept.isEmpty() || kept.startsWith(".") ? "_" + kept : kept;
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }
}
