package dyna.app.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment as a file (YAML, or JSON for {@code .json}): components by id (a list sweeps
 * them), parameters (a list sweeps them), runs, master seed and when runs stop. Unknown keys and
 * wrong types are errors that give the file, line and column and what is valid. YAML is read
 * as plain data: tags are refused and no type is ever constructed from the file.
 *
 * <pre>
 * environment: dyna-maze
 * model: tabular-deterministic       # a list, such as [tabular-deterministic, tabular-time], sweeps
 * parameters:
 *   planning-steps: [0, 5, 50]
 * runs: 30
 * seed: 1
 * stop:
 *   episodes: 50                     # or steps: N, until-optimal: {...}, planning-only: {...}
 * metrics: [steps, return]           # what summary.csv reports; the first is charted
 * </pre>
 *
 * @param source      the file
 * @param components  component kind label to its ids (each with its location)
 * @param parameters  parameter name to its values (each with its location)
 * @param runs        the runs per point, if given
 * @param seed        the master seed, if given
 * @param stop        the stop condition, if given
 * @param metrics     the metrics to summarise, if given (checked against the stop condition by the caller)
 */
public record ExperimentFile(Path source, Map<String, List<Located>> components, Map<String, List<Located>> parameters,
        Integer runs, Long seed, StopCondition stop, List<Located> metrics) {

    private static final List<String> KEYS = List.of("environment", "model", "planner", "bonus", "update-rule",
            "policy", "parameters", "runs", "seed", "stop", "metrics", "description");
    private static final Set<String> COMPONENTS = Set.of("environment", "model", "planner", "bonus", "update-rule",
            "policy");

    /**
     * Reads and checks a file.
     *
     * @throws IllegalArgumentException with {@code file:line:column: what is wrong; what is valid}
     */
    public static ExperimentFile read(Path file) {
        Located root = parse(file);
        Map<String, Located> entries = root.map("an experiment");
        Map<String, List<Located>> components = new LinkedHashMap<>();
        Map<String, List<Located>> parameters = new LinkedHashMap<>();
        Integer runs = null;
        Long seed = null;
        StopCondition stop = null;
        List<Located> metrics = List.of();
        for (Map.Entry<String, Located> entry : entries.entrySet()) {
            String key = entry.getKey();
            Located value = entry.getValue();
            if (COMPONENTS.contains(key)) {
                List<Located> ids = value.items();
                for (Located id : ids) {
                    id.text(key);
                }
                if (key.equals("environment") && ids.size() != 1) {
                    throw new IllegalArgumentException(value.where() + ": environment must be a single id");
                }
                components.put(key, ids);
            } else if (key.equals("parameters")) {
                for (Map.Entry<String, Located> parameter : value.map("parameters").entrySet()) {
                    List<Located> values = parameter.getValue().items();
                    for (Located v : values) {
                        v.text("parameter " + parameter.getKey());
                    }
                    parameters.put(parameter.getKey(), values);
                }
            } else if (key.equals("runs")) {
                runs = (int) whole(value, "runs", 1, Integer.MAX_VALUE);
            } else if (key.equals("seed")) {
                seed = whole(value, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (key.equals("stop")) {
                stop = stop(value);
            } else if (key.equals("metrics")) {
                metrics = value.items();
                for (Located metric : metrics) {
                    metric.text("metrics");
                }
            } else if (key.equals("description")) {
                value.text("description");
            } else {
                throw new IllegalArgumentException(root.keyWhere(key) + ": unknown key '" + key + "'; valid: "
                        + String.join(", ", KEYS));
            }
        }
        if (!components.containsKey("environment")) {
            throw new IllegalArgumentException(root.where() + ": no environment; an experiment names one, "
                    + "as environment: dyna-maze");
        }
        return new ExperimentFile(file, components, parameters, runs, seed, stop, metrics);
    }

    private static StopCondition stop(Located value) {
        Map<String, Located> entries = value.map("stop");
        if (entries.size() != 1) {
            throw new IllegalArgumentException(value.where() + ": stop takes exactly one of episodes, steps, "
                    + "until-optimal, planning-only");
        }
        Map.Entry<String, Located> only = entries.entrySet().iterator().next();
        Located v = only.getValue();
        return switch (only.getKey()) {
            case "episodes" -> new StopCondition.Episodes((int) whole(v, "episodes", 1, Integer.MAX_VALUE));
            case "steps" -> new StopCondition.Steps((int) whole(v, "steps", 1, Integer.MAX_VALUE));
            case "until-optimal" -> {
                double factor = 1.2;
                long max = 100_000_000L;
                for (Map.Entry<String, Located> e : v.map("until-optimal").entrySet()) {
                    switch (e.getKey()) {
                        case "path-factor" -> factor = real(e.getValue(), "path-factor", 1, 1e9);
                        case "max-updates" -> max = whole(e.getValue(), "max-updates", 1, Long.MAX_VALUE);
                        default -> throw new IllegalArgumentException(v.keyWhere(e.getKey()) + ": unknown key '"
                                + e.getKey() + "'; valid: path-factor, max-updates");
                    }
                }
                yield new StopCondition.UntilOptimal(factor, max);
            }
            case "planning-only" -> {
                int updates = 0;
                int checkpoints = 20;
                for (Map.Entry<String, Located> e : v.map("planning-only").entrySet()) {
                    switch (e.getKey()) {
                        case "updates" -> updates = (int) whole(e.getValue(), "updates", 1, Integer.MAX_VALUE);
                        case "checkpoints" -> checkpoints = (int) whole(e.getValue(), "checkpoints", 1, 100_000);
                        default -> throw new IllegalArgumentException(v.keyWhere(e.getKey()) + ": unknown key '"
                                + e.getKey() + "'; valid: updates, checkpoints");
                    }
                }
                if (updates == 0) {
                    throw new IllegalArgumentException(v.where() + ": planning-only needs updates");
                }
                yield new StopCondition.PlanningOnly(updates, checkpoints);
            }
            default -> throw new IllegalArgumentException(value.keyWhere(only.getKey()) + ": unknown key '"
                    + only.getKey() + "'; valid: episodes, steps, until-optimal, planning-only");
        };
    }

    private static long whole(Located value, String what, long min, long max) {
        String text = value.text(what);
        try {
            long parsed = Long.parseLong(text.strip());
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(value.where() + ": " + what + " must be a whole number"
                    + (min > Long.MIN_VALUE ? " of at least " + min : "") + ", not '" + text + "'");
        }
    }

    private static double real(Located value, String what, double min, double max) {
        String text = value.text(what);
        try {
            double parsed = Double.parseDouble(text.strip());
            if (!(parsed >= min && parsed <= max)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(value.where() + ": " + what + " must be a number in [" + min + ", "
                    + max + "], not '" + text + "'");
        }
    }

    /** Reads the file as a tree of located values. */
    static Located parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": experiment file not found");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
        JsonFactory factory = file.toString().endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException(file + ": the file is empty");
            }
            Located root = value(parser, file);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException(where(file, parser.currentTokenLocation())
                        + ": more than one document; an experiment file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = String.join("; ", e.getOriginalMessage().lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^")
                            && !text.lines().map(String::strip).toList().contains(l))
                    .toList());
            throw new IllegalArgumentException((at == null ? file.toString() : where(file, at)) + ": " + message);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static Located value(JsonParser parser, Path file) throws IOException {
        String where = where(file, parser.currentTokenLocation());
        if (parser.canReadTypeId() && parser.getTypeId() != null) {
            throw new IllegalArgumentException(where + ": tags such as !" + parser.getTypeId()
                    + " are not allowed; an experiment file holds plain values");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Located> map = new LinkedHashMap<>();
            Map<String, String> keys = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String keyWhere = where(file, parser.currentTokenLocation());
                parser.nextToken();
                Located value = value(parser, file);
                if (map.put(key, value) != null) {
                    throw new IllegalArgumentException(keyWhere + ": key '" + key + "' is given twice");
                }
                keys.put(key, keyWhere);
            }
            return new Located(map, false, where, keys);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Located> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser, file));
            }
            return new Located(list, false, where);
        }
        if (token == JsonToken.VALUE_NULL) {
            throw new IllegalArgumentException(where + ": a value is missing");
        }
        return new Located(parser.getText(), true, where);
    }

    private static String where(Path file, JsonLocation location) {
        return file + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
}
