package dyna.experiment.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published schema of experiment files is current, and says what the reader accepts. */
class ExperimentSchemaTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static JsonNode schema() {
        return JSON.valueToTree(ExperimentSchema.of(ProviderRegistry.discover()));
    }

    @Test
    void thePublishedSchemaIsTheOneTheReaderDefines() throws Exception {
        String generated = JSON.writeValueAsString(ExperimentSchema.of(ProviderRegistry.discover())) + "\n";
        assertEquals(generated, Files.readString(ROOT.resolve("docs/experiment.schema.json")),
                "docs/experiment.schema.json is out of date: run ./dyna schema > docs/experiment.schema.json");
    }

    @Test
    void thePublishedSpecSchemaIsTheOneTheReaderDefines() throws Exception {
        String generated = JSON.writeValueAsString(ExperimentSchema.spec(ProviderRegistry.discover())) + "\n";
        assertEquals(generated, Files.readString(ROOT.resolve("docs/spec.schema.json")),
                "docs/spec.schema.json is out of date: run ./dyna schema --spec > docs/spec.schema.json");
    }

    @Test
    void stopSettingsCarryTheRangesAndDefaultsOfTheProtocols() {
        JsonNode protocols = schema().at("/properties/stop/oneOf");
        JsonNode solved = null;
        for (JsonNode protocol : protocols) {
            if (protocol.at("/properties/until-solved").isObject()) {
                solved = protocol.at("/properties/until-solved");
            }
        }
        assertTrue(solved != null, protocols.toString());
        assertEquals("[\"return\"]", solved.get("required").toString(), "until-solved needs its return");
        assertEquals(100, solved.at("/properties/window/default").asInt());
        assertEquals(100000, solved.at("/properties/window/maximum").asInt());
        assertEquals(5, protocols.size(), "episodes, steps, until-optimal, until-solved, planning-only");
        List<String> metrics = new ArrayList<>();
        schema().at("/properties/metrics/items/enum").forEach(m -> metrics.add(m.asText()));
        assertTrue(metrics.containsAll(List.of("steps", "return", "value_error", "model_error", "spectral_radius",
                "cumulative_reward", "start_value")), metrics.toString());
    }

    @Test
    void everyShippedExperimentUsesOnlyWhatTheSchemaNames() throws Exception {
        JsonNode schema = schema();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(ROOT.resolve("experiments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode experiment = yaml.readTree(file.toFile());
                for (Iterator<String> keys = experiment.fieldNames(); keys.hasNext(); ) {
                    String key = keys.next();
                    assertTrue(schema.at("/properties").has(key), file + ": " + key);
                }
                String stop = experiment.path("stop").fieldNames().next();
                boolean known = false;
                for (JsonNode protocol : schema.at("/properties/stop/oneOf")) {
                    known |= protocol.at("/properties").has(stop);
                }
                assertTrue(known, file + ": stop " + stop);
                experiment.path("parameters").fieldNames().forEachRemaining(name -> assertTrue(
                        schema.at("/properties/parameters/properties").has(name), file + ": parameter " + name));
            }
        }
    }
}
