package dyna.experiment.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code dyna compare} needs to know of a result directory, from its {@code config.json}:
 * the environment, the stop condition, the components that were not swept, the master seed
 * and the name of the tidy data file.
 *
 * @param directory   the result directory
 * @param environment the environment's id and parameters, as text
 * @param stop        the stop condition's identity
 * @param components  the id of each component kind that was not swept
 * @param seed        the master seed
 * @param data        the tidy data file's name (one row per run and x)
 * @param experiment  the experiment as a file gives it ({@code config.json}'s {@code experiment}), by key
 */
public record ResultSet(Path directory, String environment, String stop, Map<String, String> components, long seed,
        String data, Map<String, String> experiment) {

    private static final List<String> KINDS = List.of("model", "planner", "bonus", "update-rule", "policy");

    /**
     * Reads a result directory's {@code config.json}, once its result set is known to be whole
     * (every file the one it was written with, none being replaced).
     *
     * @throws IllegalArgumentException naming a missing or unreadable file, or saying why the set is not whole
     */
    public static ResultSet read(Path directory) throws IOException {
        java.util.Optional<String> mixed = dyna.experiment.output.ResultDirectory.problemReading(directory);
        if (mixed.isPresent()) {
            throw new IllegalArgumentException(mixed.get());
        }
        Path file = directory.resolve("config.json");
        JsonNode config;
        try {
            config = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": not found; compare takes two directories written by dyna run");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
        JsonNode points = config.path("points");
        if (!config.has("stop") || !points.isArray() || points.isEmpty()) {
            throw new IllegalArgumentException(file + ": written by an older dyna; run the experiment again to compare it");
        }
        JsonNode environment = points.get(0).path("components").path("environment");
        Map<String, String> components = new LinkedHashMap<>();
        for (String kind : KINDS) {
            JsonNode ids = config.path("sweep").path(kind);
            if (ids.isArray() && ids.size() == 1) {
                components.put(kind, ids.get(0).asText());
            }
        }
        return new ResultSet(directory, environment.path("id").asText() + " " + environment.path("parameters"),
                config.path("stop").asText(), components, config.path("seed").asLong(), config.path("data").asText(),
                settings(config.path("experiment")));
    }

    /**
     * The experiment's settings by key, each as text: {@code environment}, each component kind,
     * each parameter by its name, {@code runs}, {@code seed}, {@code stop}, {@code metrics} (one
     * value as itself, several as a list); the description and chart options are left out.
     */
    private static Map<String, String> settings(JsonNode experiment) {
        Map<String, String> settings = new LinkedHashMap<>();
        experiment.fields().forEachRemaining(field -> {
            if (field.getKey().equals("parameters")) {
                field.getValue().fields().forEachRemaining(p -> settings.put(p.getKey(), text(p.getValue())));
            } else if (!field.getKey().equals("description") && !field.getKey().equals("chart")) {
                settings.put(field.getKey(), text(field.getValue()));
            }
        });
        return settings;
    }

    private static String text(JsonNode value) {
        if (value.isArray() && value.size() == 1) {
            return text(value.get(0));
        }
        if (value.isArray()) {
            List<String> all = new ArrayList<>();
            value.forEach(v -> all.add(text(v)));
            return String.join(",", all);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /**
     * What differs between the two experiments, one setting each ({@code alpha 0.1 against 0.5},
     * {@code runs 30 against 10}, a setting only one has against "(none)"); empty when they ran
     * the same experiment.
     */
    public List<String> settingsDiffering(ResultSet other) {
        List<String> differing = new ArrayList<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(experiment.keySet());
        keys.addAll(other.experiment.keySet());
        for (String key : keys) {
            String mine = experiment.getOrDefault(key, "(none)");
            String theirs = other.experiment.getOrDefault(key, "(none)");
            if (!mine.equals(theirs)) {
                differing.add(key + " " + mine + " against " + theirs);
            }
        }
        return differing;
    }

    /** How this set differs from another in what must agree for a comparison: environment, stop, unswept components. */
    public List<String> differences(ResultSet other) {
        List<String> differences = new ArrayList<>();
        if (!environment.equals(other.environment)) {
            differences.add("environment " + environment + " against " + other.environment);
        }
        if (!stop.equals(other.stop)) {
            differences.add("stop " + stop + " against " + other.stop);
        }
        for (String kind : KINDS) {
            String mine = components.get(kind);
            String theirs = other.components.get(kind);
            if (mine != null && theirs != null && !mine.equals(theirs)) {
                differences.add(kind + " " + mine + " against " + theirs);
            }
        }
        return differences;
    }
}
