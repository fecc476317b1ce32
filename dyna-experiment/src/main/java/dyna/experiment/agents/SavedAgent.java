package dyna.experiment.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyna.api.provider.ComponentKind;
import dyna.core.registry.KindTable;
import dyna.experiment.output.AtomicFiles;
import dyna.core.compose.AgentSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code agent.json} says of a saved agent: the agent's configuration, the run it comes
 * from, how much it learned, which parts were saved in which files and formats, and which were
 * not. The parts' bytes are in the files it names ({@link PartFiles}).
 *
 * @param dynaVersion     the version of Dyna that saved it
 * @param spec            the agent, as a spec that resolves to its configuration
 * @param point           the sweep point it ran at ({@code all} when nothing was swept)
 * @param run             its run number at the point, from 1
 * @param seed            the run's seed, of which its components' streams derive
 * @param environmentSeed the run's environment seed
 * @param episodes        real episodes finished when it was saved
 * @param realSteps       real steps taken when it was saved
 * @param parts           the saved parts by name ({@code values}, {@code model}, ...), in order
 * @param notSaved        the parts not saved, by name, with why
 */
public record SavedAgent(String dynaVersion, AgentSpec spec, String point, int run, long seed, long environmentSeed,
        long episodes, long realSteps, Map<String, Part> parts, Map<String, String> notSaved) {

    /** The file that holds this record in an agent's directory. */
    public static final String FILE = "agent.json";
    /** The version of the layout of {@code agent.json} and the part files; raised when either changes. */
    public static final int FORMAT = 1;

    /**
     * One saved part.
     *
     * @param component the id of the component that wrote it ({@code agent} for the agent's own clock)
     * @param format    the component's format, as {@code name/version}
     * @param file      the file that holds it, beside {@code agent.json}
     */
    public record Part(String component, String format, String file) {
    }

    /** Copies the maps, keeping their order. */
    public SavedAgent {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        notSaved = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notSaved));
    }

    /** Writes {@code agent.json} into {@code directory}, atomically. */
    public void write(Path directory) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dyna-saved-agent", FORMAT);
        json.put("dyna-version", dynaVersion);
        json.put("point", point);
        json.put("run", run);
        json.put("seed", seed);
        json.put("environment-seed", environmentSeed);
        json.put("episodes", episodes);
        json.put("real-steps", realSteps);
        Map<String, String> components = new LinkedHashMap<>();
        spec.components().forEach((kind, id) -> components.put(kind.label(), id));
        json.put("components", components);
        json.put("parameters", new TreeMap<>(spec.parameters()));
        Map<String, Object> saved = new LinkedHashMap<>();
        parts.forEach((name, part) -> saved.put(name, Map.of("component", part.component(), "format", part.format(),
                "file", part.file())));
        json.put("parts", saved);
        json.put("not-saved", notSaved);
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json);
        AtomicFiles.write(directory.resolve(FILE), out -> {
            out.write(bytes);
            out.write('\n');
        });
    }

    /**
     * Reads the {@code agent.json} of a saved agent's directory.
     *
     * @throws IOException saying what is missing or wrong, and where
     */
    public static SavedAgent read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        JsonNode json;
        try {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a regular file (a link, a FIFO, a device or a directory)");
            }
            if (Files.exists(file) && Files.size(file) > (1 << 20)) {
                throw new IOException(file + " has " + Files.size(file) + " bytes; an agent.json is at most 1 MB");
            }
            json = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IOException(directory + " holds no saved agent (no " + FILE + "); save agents with "
                    + "'dyna run ... --save-agents', which writes them under RESULTS/agents/");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
                    + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        int format = json.path("dyna-saved-agent").asInt(-1);
        if (format != FORMAT) {
            throw new IOException(file + ": saved-agent format " + json.path("dyna-saved-agent")
                    + " is not one this Dyna reads (" + FORMAT + ")");
        }
        Map<ComponentKind, String> ids = new TreeMap<>();
        for (ComponentKind kind : KindTable.builtIn().agentKinds()) {
            ids.put(kind, text(json.path("components"), kind.label(), file));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            parameters.put(entry.getKey(), entry.getValue().asText());
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("parts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode part = entry.getValue();
            String name = text(part, "file", file);
            if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new IOException(file + ": part " + entry.getKey() + " names file '" + name
                        + "'; a part's file lies beside " + FILE);
            }
            parts.put(entry.getKey(), new Part(text(part, "component", file), text(part, "format", file), name));
        }
        Map<String, String> notSaved = new LinkedHashMap<>();
        json.path("not-saved").fields().forEachRemaining(e -> notSaved.put(e.getKey(), e.getValue().asText()));
        return new SavedAgent(json.path("dyna-version").asText(), new AgentSpec(ids, parameters),
                json.path("point").asText("all"), json.path("run").asInt(), json.path("seed").asLong(),
                json.path("environment-seed").asLong(), json.path("episodes").asLong(),
                json.path("real-steps").asLong(), parts, notSaved);
    }

    private static String text(JsonNode node, String field, Path file) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException(file + ": '" + field + "' is missing or not a text");
        }
        return value.asText();
    }
}
