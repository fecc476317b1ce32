package dyna.experiment.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.Measure;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code runs.jsonl}: a line per finished run, a JSON object that holds the whole run: its point
 * ({@code label}, {@code swept} and all {@code values}), {@code run} (from 1), {@code seed}, the
 * x values ({@code x}: {@code name}, {@code values}), every {@code series}, the {@code counters}
 * and {@code cost} (wall and CPU seconds, host). Lines are in the order runs finish; each is
 * written whole (a crash leaves at most a last line without its newline, which a job resuming
 * writes again). A value that is not a number is written as the string {@code "NaN"}. What W&amp;B or MLflow users import: see the README.
 */
public final class JsonLinesStream implements RunStream {

    /** The file name in a result directory. */
    public static final String FILE = "runs.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final StopCondition stop;
    private final String xName;
    private final OutputStream out;

    /** Starts {@code file} afresh (a job resuming writes the runs found finished again, as they are told). */
    public JsonLinesStream(Path file, ExperimentPlan plan) throws IOException {
        this.stop = plan.spec().stop();
        List<Measure> measures = stop.measures();
        this.xName = measures.isEmpty() ? "" : measures.get(0).x();
        this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    @Override
    public void finished(ExperimentPoint point, int run, RunResult result) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("label", point.point().label());
        line.put("swept", point.point().swept());
        line.put("values", new java.util.TreeMap<>(point.point().values()));
        line.put("run", run + 1);
        line.put("seed", ExperimentRunner.runSeed(point, run));
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", xName);
        x.put("values", whole(stop.xValues()));
        line.put("x", x);
        line.put("series", result.series());
        Map<String, Object> counters = new LinkedHashMap<>();
        counters.put("episodes", result.counters().episodes());
        counters.put("real_steps", result.counters().realSteps());
        counters.put("planning_updates", result.counters().planningUpdates());
        counters.put("model_queries", result.counters().modelQueries());
        line.put("counters", counters);
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("wall_seconds", Double.isNaN(result.cost().wallSeconds()) ? null : result.cost().wallSeconds());
        cost.put("cpu_seconds", Double.isNaN(result.cost().cpuSeconds()) ? null : result.cost().cpuSeconds());
        cost.put("host", result.cost().host());
        line.put("cost", cost);
        byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            out.write(bytes);
            out.flush();
        }
    }

    /** The values as whole numbers where they all are (episodes, steps, updates), so that 1 is written 1. */
    private static Object whole(double[] values) {
        long[] whole = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            whole[i] = (long) values[i];
            if (whole[i] != values[i]) {
                return values;
            }
        }
        return whole;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
