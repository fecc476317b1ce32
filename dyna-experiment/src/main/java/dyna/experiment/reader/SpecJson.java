package dyna.experiment.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.core.registry.KindTable;
import dyna.experiment.ExperimentSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An experiment as data: the form in which it travels between processes and machines (cluster
 * batches, shard records, {@code dyna merge}, {@code --resume}) and is kept in a result directory
 * ({@code spec.json}), instead of a command line. It is versioned JSON:
 * <pre>
 * {"dyna-spec": 1, "source": "/abs/experiments/figure-8.2.yaml", "experiment": {...}}
 * </pre>
 * where {@code experiment} is the experiment as an experiment file gives it ({@link
 * ExperimentSpec#fileForm()}: every component's ids, every parameter's values, runs, seed, stop,
 * metrics, chart) and {@code source} the file it was first read from, if any, beside which
 * relative file parameters stand. It names no code to load: plugins are the reader's own. The
 * reader is {@link ExperimentFile}, which also takes it as a file ({@code dyna run spec.json});
 * a spec of another format is refused in one line. Its JSON Schema is {@code docs/spec.schema.json}.
 */
public final class SpecJson {

    /** The key whose value is the format version. */
    public static final String FORMAT_KEY = "dyna-spec";
    /** The format version this Dyna writes and reads. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SpecJson() {
    }

    /** The spec as a tree of maps and lists, ready to write as JSON (or to embed in another document). */
    public static Map<String, Object> tree(ExperimentSpec spec) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(FORMAT_KEY, FORMAT);
        if (spec.source() != null) {
            tree.put("source", spec.source().toAbsolutePath().normalize().toString());
        }
        tree.put("experiment", spec.fileForm());
        return tree;
    }

    /** The spec as JSON text. */
    public static String write(ExperimentSpec spec) {
        try {
            return JSON.writeValueAsString(tree(spec)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an experiment spec as JSON", e);
        }
    }

    /**
     * Reads a spec written by {@link #write}.
     *
     * @param where what to call the text in errors (for example {@code OUT/runs/shard.json})
     * @param kinds the kinds of component loaded here
     * @throws dyna.experiment.ExperimentException in one line, for a spec of another format or one
     *                                             that is not an experiment
     */
    public static ExperimentSpec read(String json, String where, KindTable kinds) {
        return ExperimentFile.read(Path.of(where.endsWith(".json") ? where : where + ".json"), json, kinds);
    }
}
