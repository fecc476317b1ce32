package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentJob;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.LocalPool;
import dyna.experiment.RunCost;
import dyna.experiment.reader.ExperimentFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every result directory records when, how long and where it was made: config.json's {@code
 * record}, each run's time and host in runs.csv, and both in the report, which also names every
 * component used at any sweep point.
 */
class JobRecordTest {

    @TempDir
    Path dir;

    @Test
    void aResultDirectoryRecordsWhenHowLongAndWhereItWasMade() throws Exception {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, """
                environment: dyna-maze
                model: [tabular-deterministic, tabular-stochastic]
                runs: 3
                stop: {episodes: 2}
                """);
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), ProviderRegistry.discover(), List.of());
        Instant before = Instant.now();
        Path out = dir.resolve("out");
        ExperimentJob.run(plan, new LocalPool(2), ExperimentJob.Options.into(out), new ExperimentJob.Listener() { });
        Instant after = Instant.now();

        JsonNode record = new ObjectMapper().readTree(out.resolve("config.json").toFile()).path("record");
        Instant started = Instant.parse(record.path("started").asText());
        Instant ended = Instant.parse(record.path("ended").asText());
        assertTrue(!started.isBefore(before.minusMillis(1)) && !started.isAfter(ended) && !ended.isAfter(after),
                record.toString());
        double wall = record.path("wall-seconds").asDouble();
        assertTrue(wall > 0 && wall <= (after.toEpochMilli() - before.toEpochMilli()) / 1000.0 + 0.001, record.toString());
        assertTrue(record.path("cpu-seconds").asDouble() > 0, record.toString());
        JsonNode runs = record.path("runs");
        assertEquals(6, runs.path("measured").asInt());
        assertTrue(runs.path("wall-seconds").asDouble() > 0 && runs.path("cpu-seconds").asDouble() > 0, runs.toString());
        assertEquals(RunCost.HOST, runs.path("hosts").get(0).asText());
        assertEquals(RunCost.HOST, record.path("host").asText());
        assertTrue(record.path("java").asText().startsWith(System.getProperty("java.version")));
        assertTrue(record.path("dyna-revision").asText().matches("[0-9a-f]{40}( \\+changes)?"),
                "this build is of a git work tree: " + record);
        assertTrue(!record.has("experiment-revision"), "the file lies in no repository: " + record);

        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("model,run,wall_seconds,cpu_seconds,host", rows.get(0));
        assertEquals(7, rows.size(), "a row per run");
        for (String row : rows.subList(1, 7)) {
            String[] cells = row.split(",");
            assertTrue(Double.parseDouble(cells[2]) > 0 && Double.parseDouble(cells[3]) >= 0, row);
            assertEquals(RunCost.HOST, cells[4]);
        }

        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<h2>Record</h2>") && report.contains(record.path("started").asText()), "the record");
        assertTrue(report.contains("tabular-deterministic") && report.contains("<td>tabular-stochastic</td>"),
                "every model swept is in the versions table");
    }

    /** A file in a git work tree is recorded at its revision, with +changes when it differs from it. */
    @Test
    void anExperimentFileInARepositoryIsRecordedAtItsRevision() throws Exception {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Path file = repository.resolve("e.yaml");
        Files.writeString(file, "environment: dyna-maze\n");
        assertTrue(git(repository, "init", "-q") && git(repository, "add", "e.yaml")
                && git(repository, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-q", "-m", "e"));
        String commit = SourceRevision.of(file).orElseThrow();
        assertTrue(commit.matches("[0-9a-f]{40}"), commit);
        Files.writeString(file, "environment: blocking-maze\n");
        assertEquals(commit + " +changes", SourceRevision.of(file).orElseThrow());
        Path outside = Files.writeString(dir.resolve("e.yaml"), "environment: dyna-maze\n");
        assertEquals(java.util.Optional.empty(), SourceRevision.of(outside), "a file in no repository");
    }

    private static boolean git(Path directory, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
    }
}
