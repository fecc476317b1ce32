package dyna.experiment.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentJob;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.LocalPool;
import dyna.experiment.Shard;
import dyna.experiment.reader.ExperimentFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runs.jsonl: a whole run per line, the same numbers as the data file. */
class JsonLinesStreamTest {

    @TempDir
    Path dir;

    @Test
    void eachRunIsOneLineHoldingItsPointSeedAndEverySeries() throws Exception {
        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, """
                environment: dyna-maze
                parameters: {planning-steps: [0, 5]}
                runs: 3
                stop: {episodes: 3}
                """);
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), ProviderRegistry.discover(), List.of());
        Path out = dir.resolve("out");
        ExperimentJob.run(plan, new LocalPool(2), new ExperimentJob.Options(out, false, false, Shard.ALL, List.of(),
                "run", List.of(StreamFormat.JSON_LINES)), new ExperimentJob.Listener() { });

        Map<String, String> steps = new HashMap<>();   // "point run episode" -> steps, from episodes.csv
        List<String> rows = Files.readAllLines(out.resolve("episodes.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            steps.put(cells[0] + " " + cells[1] + " " + cells[2], cells[3]);
        }
        List<String> lines = Files.readAllLines(out.resolve("runs.jsonl"));
        assertEquals(6, lines.size(), "a line per run");
        ObjectMapper json = new ObjectMapper();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            JsonNode run = json.readTree(line);
            String point = run.path("swept").path("planning-steps").asText();
            assertEquals("planning-steps=" + point, run.path("label").asText());
            assertEquals("tabular-deterministic", run.path("values").path("model").asText(), "every dimension's value");
            assertEquals("episode", run.path("x").path("name").asText());
            assertEquals(List.of(1, 2, 3), json.convertValue(run.path("x").path("values"), List.class));
            for (int e = 0; e < 3; e++) {
                assertEquals(Double.parseDouble(steps.get(point + " " + run.path("run").asInt() + " " + (e + 1))),
                        run.path("series").path("steps").get(e).asDouble(), line);
            }
            assertTrue(run.path("seed").isIntegralNumber() && run.path("counters").path("episodes").asInt() == 3, line);
            assertTrue(run.path("cost").path("wall_seconds").asDouble() > 0, line);
            seen.add(point + "/" + run.path("run").asInt());
        }
        assertEquals(6, seen.size(), "each run once: " + seen);
    }
}
