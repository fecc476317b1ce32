package dyna.experiment.reader;

import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dyna.api.provider.ComponentKind;
import dyna.experiment.ExperimentException;
import dyna.experiment.ChartOptions;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.StopCondition;
import dyna.experiment.stop.Episodes;
import dyna.experiment.stop.StopConditions;
import dyna.core.registry.DidYouMean;
import java.util.TreeMap;
import dyna.core.registry.KindTable;
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

/**
 * Reads an experiment file (YAML, or JSON for {@code .json}) into an {@link ExperimentSpec}:
 * components by id (a list sweeps them), parameters (a list sweeps them), runs, master seed and
 * when runs stop. Unknown keys and wrong types are errors that give the file, line and column
 * and what is valid. YAML is read as plain data: tags and aliases are refused and no
 * type is ever constructed from the file. Only a regular file of at most 1 MB is read.
 *
 * <pre>
 * environment: dyna-maze
 * model: tabular-deterministic       # a list, such as [tabular-deterministic, tabular-time], sweeps
 * parameters:
 *   planning-steps: [0, 5, 50]
 * runs: 30
 * seed: 1
 * stop:
 *   episodes: 50                     # or steps: N, until-optimal: {...}, until-solved: {...}, planning-only: {...}
 * metrics: [steps, return]           # what summary.csv reports and the chart draws, a row of panels each
 * chart:
 *   x-from: 2                        # the first x value drawn
 *   log-y: false
 *   panels-by: alpha                 # a panel per value of a swept dimension
 * </pre>
 */
public final class ExperimentFile {

    /** The largest experiment file read, in bytes. */
    public static final long MAX_BYTES = 1 << 20;

    /**
     * Every key of an experiment file with these kinds, in the order the error messages list them:
     * the kinds of the agent's components (the environment, then each part), then the rest.
     */
    static List<String> keys(KindTable kinds) {
        List<String> keys = new ArrayList<>();
        for (ComponentKind kind : kinds.agentKinds()) {
            keys.add(kind.label());
        }
        keys.addAll(List.of("parameters", "together", "runs", "seed", "stop", "metrics", "chart", "description"));
        return List.copyOf(keys);
    }

    private ExperimentFile() {
    }

    /**
     * Reads and checks a file. Runs default to 10, the seed to 1 and the stop to 50 episodes.
     *
     * @throws ExperimentException with {@code file:line:column: what is wrong; what is valid}
     */
    public static ExperimentSpec read(Path file) {
        return read(file, KindTable.builtIn());
    }

    /**
     * Reads and checks a file whose keys may name the kinds plugins declare, as {@link #read(Path)}.
     *
     * @param kinds the kinds of component loaded: the built-in ones and the plugins'
     */
    public static ExperimentSpec read(Path file, KindTable kinds) {
        try {
            return parseSpec(file, parse(file), kinds);
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(e.getMessage(), e);
        }
    }

    /**
     * Reads and checks the text of {@code file} read elsewhere (by the process that sent it to a
     * cluster member): errors name {@code file}, and file parameters are found beside it.
     */
    public static ExperimentSpec read(Path file, String text, KindTable kinds) {
        try {
            return parseSpec(file, parse(file, text), kinds);
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(e.getMessage(), e);
        }
    }

    private static ExperimentSpec parseSpec(Path file, Located root, KindTable kinds) {
        Map<String, Located> entries = root.map("an experiment");
        if (entries.containsKey(SpecJson.FORMAT_KEY)) {
            return spec(root, entries, kinds);
        }
        if (entries.containsKey("dyna") && entries.containsKey("experiment")) {
            // A result directory's config.json: its experiment again, with file parameters beside the original file.
            Located original = entries.get("experiment-file");
            return parseSpec(original == null ? null : Path.of(original.text("experiment-file")),
                    entries.get("experiment"), kinds);
        }
        List<String> keys = keys(kinds);
        Map<String, String> origins = new LinkedHashMap<>();
        Map<ComponentKind, List<String>> components = new TreeMap<>();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String environment = null;
        int runs = 10;
        long seed = 1;
        StopCondition stop = new Episodes(50);
        List<String> metrics = List.of();
        String description = "";
        ChartOptions chart = ChartOptions.DEFAULT;
        List<List<String>> together = List.of();
        for (Map.Entry<String, Located> entry : entries.entrySet()) {
            String key = entry.getKey();
            Located value = entry.getValue();
            ComponentKind kind = kinds.labelled(key).filter(ComponentKind::swept).orElse(null);
            if (key.equals("environment")) {
                if (!value.scalar()) {
                    throw new IllegalArgumentException(value.where() + ": environment must be a single id; "
                            + "sweep environments in separate experiments");
                }
                environment = value.text(key);
                origins.put(key, value.where());
            } else if (kind != null) {
                components.put(kind, texts(value, key, key, origins));
            } else if (key.equals("parameters")) {
                for (Map.Entry<String, Located> parameter : value.map("parameters").entrySet()) {
                    String name = "parameters." + parameter.getKey();
                    origins.put(name, value.keyWhere(parameter.getKey()));
                    parameters.put(parameter.getKey(), texts(parameter.getValue(), "parameter " + parameter.getKey(),
                            name, origins));
                }
            } else if (key.equals("together")) {
                together = together(value);
                origins.put("together", value.where());
            } else if (key.equals("runs")) {
                runs = (int) whole(value, "runs", 1, Integer.MAX_VALUE);
            } else if (key.equals("seed")) {
                seed = whole(value, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (key.equals("stop")) {
                stop = stop(value);
                origins.put("stop", value.where());
            } else if (key.equals("metrics")) {
                metrics = texts(value, "metrics", "metrics", origins);
            } else if (key.equals("chart")) {
                chart = chart(value);
                if (value.map("chart").containsKey("panels-by")) {
                    origins.put("chart.panels-by", value.map("chart").get("panels-by").where());
                }
            } else if (key.equals("description")) {
                description = value.text("description");
            } else {
                throw new IllegalArgumentException(root.keyWhere(key) + ": unknown key '" + key + "'; valid: "
                        + String.join(", ", keys) + DidYouMean.suggestion(key, keys));
            }
        }
        if (environment == null) {
            throw new IllegalArgumentException(root.where() + ": no environment; an experiment names one, "
                    + "as environment: dyna-maze");
        }
        return new ExperimentSpec(environment, components, parameters, runs, seed, stop, metrics, description, file,
                origins, chart, together);
    }

    /**
     * {@code together}: one group as a list of names ({@code [model, planning-steps]}), or several
     * as a list of such lists.
     */
    private static List<List<String>> together(Located value) {
        String expected = ": together lists the swept component kinds and parameters whose values go together, "
                + "as [model, planning-steps], or several such groups as [[a, b], [c, d]]";
        if (value.scalar()) {
            throw new IllegalArgumentException(value.where() + expected);
        }
        List<Located> items = value.items();
        if (items.isEmpty()) {
            throw new IllegalArgumentException(value.where() + expected);
        }
        if (items.stream().allMatch(Located::scalar)) {
            return List.of(items.stream().map(item -> item.text("together")).toList());
        }
        List<List<String>> groups = new ArrayList<>();
        for (Located group : items) {
            if (group.scalar() || group.items().isEmpty() || !group.items().stream().allMatch(Located::scalar)) {
                throw new IllegalArgumentException(group.where() + expected);
            }
            groups.add(group.items().stream().map(item -> item.text("together")).toList());
        }
        return groups;
    }

    /**
     * An experiment as data ({@link SpecJson}): its format checked first, so that a spec from a
     * newer Dyna is refused in one line rather than misread; then its experiment, with file
     * parameters beside the file it was first read from.
     */
    private static ExperimentSpec spec(Located root, Map<String, Located> entries, KindTable kinds) {
        Located format = entries.get(SpecJson.FORMAT_KEY);
        String text = format.scalar() ? format.text(SpecJson.FORMAT_KEY) : "";
        if (!text.equals(String.valueOf(SpecJson.FORMAT))) {
            throw new IllegalArgumentException(format.where() + ": an experiment spec of format '" + text
                    + "', which this Dyna does not read (it reads format " + SpecJson.FORMAT + "); was it written by "
                    + "another version of Dyna?");
        }
        for (String key : entries.keySet()) {
            if (!List.of(SpecJson.FORMAT_KEY, "source", "experiment").contains(key)) {
                throw new IllegalArgumentException(root.keyWhere(key) + ": unknown key '" + key + "' in an "
                        + "experiment spec; valid: " + SpecJson.FORMAT_KEY + ", source, experiment");
            }
        }
        Located experiment = entries.get("experiment");
        if (experiment == null) {
            throw new IllegalArgumentException(root.where() + ": an experiment spec without its experiment");
        }
        Located source = entries.get("source");
        return parseSpec(source == null ? null : Path.of(source.text("source")), experiment, kinds);
    }

    /** The {@code chart:} section: {@code log-y: true|false}, {@code x-from: X}, {@code panels-by: NAME}. */
    private static ChartOptions chart(Located value) {
        boolean logY = false;
        double xFrom = Double.NaN;
        String panelsBy = null;
        for (Map.Entry<String, Located> option : value.map("chart").entrySet()) {
            String key = option.getKey();
            String text = option.getValue().text(key);
            switch (key) {
                case "log-y" -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException(option.getValue().where() + ": log-y must be true or false, "
                                + "not '" + text + "'");
                    }
                    logY = text.equals("true");
                }
                case "x-from" -> {
                    try {
                        xFrom = Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        xFrom = Double.NaN;
                    }
                    if (!Double.isFinite(xFrom)) {
                        throw new IllegalArgumentException(option.getValue().where() + ": x-from must be a number, "
                                + "the first x value to draw (for example 2, the second episode), not '" + text + "'");
                    }
                }
                case "panels-by" -> panelsBy = text;
                default -> throw new IllegalArgumentException(value.keyWhere(key) + ": unknown key '" + key
                        + "' in chart; valid: log-y, x-from, panels-by"
                        + DidYouMean.suggestion(key, List.of("log-y", "x-from", "panels-by")));
            }
        }
        return new ChartOptions(logY, xFrom, panelsBy, List.of());
    }

    /** The texts of a value or list, each with its origin under {@code key[i]}. */
    private static List<String> texts(Located value, String what, String key, Map<String, String> origins) {
        List<Located> items = value.items();
        if (items.isEmpty()) {
            throw new IllegalArgumentException(value.where() + ": " + what + " lists no value");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            texts.add(items.get(i).text(what));
            origins.put(key + "[" + i + "]", items.get(i).where());
        }
        origins.putIfAbsent(key, value.where());
        return texts;
    }

    private static StopCondition stop(Located value) {
        Map<String, Located> entries = value.map("stop");
        if (entries.size() != 1) {
            throw new IllegalArgumentException(value.where() + ": stop takes exactly one of "
                    + String.join(", ", StopConditions.keys()));
        }
        Map.Entry<String, Located> only = entries.entrySet().iterator().next();
        StopConditions.Kind kind = StopConditions.find(only.getKey()).orElseThrow(() -> new IllegalArgumentException(
                value.keyWhere(only.getKey()) + ": unknown key '" + only.getKey() + "'; valid: "
                        + String.join(", ", StopConditions.keys())
                        + DidYouMean.suggestion(only.getKey(), StopConditions.keys())));
        Located v = only.getValue();
        Map<String, Located> settings;
        if (v.scalar() && kind.settings().size() == 1) {
            settings = Map.of(kind.settings().get(0), v);
        } else {
            settings = v.map(kind.key());
            for (String name : settings.keySet()) {
                if (!kind.settings().contains(name)) {
                    throw new IllegalArgumentException(v.keyWhere(name) + ": unknown key '" + name + "'; valid: "
                            + String.join(", ", kind.settings()) + DidYouMean.suggestion(name, kind.settings()));
                }
            }
        }
        try {
            return kind.create().apply(new StopConditions.Settings() {
                @Override
                public long whole(String name, long min, long max, Long otherwise) {
                    Located setting = settings.get(name);
                    if (setting == null) {
                        return required(otherwise, name);
                    }
                    return ExperimentFile.whole(setting, setting == v ? kind.key() : name, min, max);
                }

                @Override
                public double real(String name, double min, double max, Double otherwise) {
                    Located setting = settings.get(name);
                    return setting == null ? required(otherwise, name) : ExperimentFile.real(setting, name, min, max);
                }

                private <T> T required(T otherwise, String name) {
                    if (otherwise == null) {
                        throw new LocatedError(v.where() + ": " + kind.key() + " needs " + name);
                    }
                    return otherwise;
                }
            });
        } catch (LocatedError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // the stop condition refused its settings together (checkpoints above updates): place it at the stop
            throw new IllegalArgumentException(v.where() + ": " + e.getMessage(), e);
        }
    }

    static long whole(Located value, String what, long min, long max) {
        String text = value.text(what);
        try {
            long parsed = Long.parseLong(text.strip());
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new LocatedError(value.where() + ": " + what + " must be a whole number"
                    + (min > Long.MIN_VALUE ? " of at least " + min : "") + ", not '" + text + "'");
        }
    }

    static double real(Located value, String what, double min, double max) {
        String text = value.text(what);
        try {
            double parsed = Double.parseDouble(text.strip());
            if (!(parsed >= min && parsed <= max)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new LocatedError(value.where() + ": " + what + " must be a number in [" + min + ", "
                    + max + "], not '" + text + "'");
        }
    }

    /** An error that already names where it stands in the file. */
    private static final class LocatedError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        LocatedError(String message) {
            super(message);
        }
    }

    /** Reads the file as a tree of located values. */
    static Located parse(Path file) {
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": not a regular file; an experiment file is a YAML or JSON file");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": " + Files.size(file) + " bytes; an experiment file is at most "
                        + MAX_BYTES + " bytes");
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": experiment file not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text; an experiment file is a YAML or JSON file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IllegalArgumentException(file + ": permission denied");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return parse(file, text);
    }

    /** Parses {@code text}, the content of {@code file}, as a tree of located values. */
    static Located parse(Path file, String text) {
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
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new IllegalArgumentException(where + ": aliases such as *" + parser.getText()
                    + " are not allowed; write the value itself");
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
