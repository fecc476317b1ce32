package dyna.experiment.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.core.registry.KindTable;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentException;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.RunJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment as data: what travels between processes is the experiment itself, and nothing else. */
class SpecJsonTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @TempDir
    Path dir;

    /** The run identities of a plan: equal identities mean the same runs, byte for byte. */
    private static List<String> runs(ExperimentSpec spec) {
        ExperimentPlan plan = ExperimentPlan.of(spec, REGISTRY, List.of());
        return plan.points().stream().flatMap(p -> java.util.stream.IntStream.range(0, plan.spec().runs())
                .mapToObj(r -> RunJournal.fileName(p, r, plan.spec().stop()))).toList();
    }

    @Test
    void aSpecReadBackPlansTheSameRunsWhateverItWasMadeFrom() throws Exception {
        Path map = Files.writeString(dir.resolve("corridor.txt"), "S...G\n");
        Path file = Files.writeString(dir.resolve("e.yaml"), """
                description: every kind of value a spec holds
                environment: dyna-maze
                model: [tabular-deterministic, tabular-time]
                bonus: [none, dyna-q-plus]
                parameters:
                  map: corridor.txt
                  planning-steps: [0, 5]
                  kappa: 1e-3
                runs: 3
                seed: 7
                stop: {until-optimal: {path-factor: 1.5, max-updates: 1000}}
                chart: {log-y: true, x-from: 2}
                """);
        ExperimentSpec original = ExperimentFile.read(file).overriddenBy(new ExperimentSpec.Overrides(
                Map.of("alpha", List.of("0.25", "0.5")), 4, null, null));
        String json = SpecJson.write(original);
        Files.delete(file);   // the spec names the file, but does not need it: only the map, beside it
        ExperimentSpec read = SpecJson.read(json, "spec.json", KindTable.builtIn());
        assertEquals(original.fileForm(), read.fileForm());
        assertEquals(runs(original), runs(read));
        assertEquals(json, SpecJson.write(read), "a spec written again is the same text");
        assertTrue(json.contains("\"source\" : \"" + file.toAbsolutePath() + "\""), json);
        assertTrue(Files.exists(map));
    }

    @Test
    void aSpecOfAnotherFormatIsRefusedInOneLine() {
        String json = "{\"dyna-spec\": 2, \"experiment\": {\"environment\": \"dyna-maze\"}}";
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> SpecJson.read(json, "shard.json", KindTable.builtIn()));
        assertEquals("shard.json:1:15: an experiment spec of format '2', which this Dyna does not read (it reads "
                + "format 1); was it written by another version of Dyna?", e.getMessage());
    }

    @Test
    void aSpecNamesNoCodeAndNothingButTheExperiment() {
        String json = "{\"dyna-spec\": 1, \"plugins\": [\"/tmp/evil\"], \"experiment\": {\"environment\": \"dyna-maze\"}}";
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> SpecJson.read(json, "spec.json", KindTable.builtIn()));
        assertTrue(e.getMessage().contains("unknown key 'plugins' in an experiment spec; valid: dyna-spec, source, "
                + "experiment"), e.getMessage());
    }

    @Test
    void aSpecIsAlsoAnExperimentFile() throws Exception {
        ExperimentSpec spec = ExperimentSpec.of("dyna-maze", new dyna.experiment.stop.Steps(100));
        Path file = Files.writeString(dir.resolve("spec.json"), SpecJson.write(spec));
        assertEquals(spec.fileForm(), ExperimentFile.read(file).fileForm());
    }
}
