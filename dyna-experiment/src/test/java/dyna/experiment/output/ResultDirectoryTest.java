package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import dyna.experiment.WrittenResults;
import dyna.experiment.stop.Episodes;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.registry.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result set is replaced whole or not at all. */
class ResultDirectoryTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    @TempDir
    Path dir;

    /** Episodes whose writing fails after its data file, as a full disk would. */
    private record FailsWhileWriting(Episodes episodes) implements StopCondition {
        @Override
        public String key() {
            return episodes.key();
        }

        @Override
        public Object settings() {
            return episodes.settings();
        }

        @Override
        public long bytesPerRun() {
            return episodes.bytesPerRun();
        }

        @Override
        public RunResult run(DynaAgent agent, AgentConfiguration configuration) {
            return episodes.run(agent, configuration);
        }

        @Override
        public List<Measure> measures() {
            return episodes.measures();
        }

        @Override
        public WrittenResults write(Path directory, ResultTable table, List<Measure> measures, String environment,
                long seed, dyna.experiment.ChartOptions chart) throws IOException {
            Files.writeString(directory.resolve("episodes.csv"), "half a result\n");
            throw new IOException("No space left on device");
        }
    }

    /**
     * A job replacing another experiment keeps the other's record until its own results are in
     * place (what --resume reads), but names itself from its start for those who watch it.
     */
    @Test
    void aReplacingJobNamesItsExperimentFromItsStart() throws Exception {
        Path out = dir.resolve("replaced");
        runAndCommit(out, plan(new Episodes(2)));
        ExperimentPlan other = plan(new Episodes(3));
        try (ResultDirectory directory = ResultDirectory.open(out, other, false, true)) {
            assertEquals(new Episodes(2), ResultDirectory.recordedSpec(out, REGISTRY.kinds()).stop());
            assertEquals(new Episodes(3), ResultDirectory.jobSpec(out, REGISTRY.kinds()).stop());
        }
    }

    private static ExperimentPlan plan(StopCondition stop) {
        ExperimentSpec spec = new ExperimentSpec("dyna-maze", Map.of(), Map.of("planning-steps", List.of("0", "5")), 2,
                1, stop, List.of(), "", null, Map.of());
        return ExperimentPlan.of(spec, REGISTRY, List.of());
    }

    private static void runAndCommit(Path out, ExperimentPlan plan) throws Exception {
        try (ResultDirectory directory = ResultDirectory.open(out, plan, false, false)) {
            RunResult[][] results = new ExperimentRunner(2).run(plan.points(), plan.spec().runs(), plan.spec().stop(),
                    done -> { }, directory.journal()).results();
            directory.commit(plan, results, "test");
        }
    }

    private static Map<String, byte[]> contents(Path out) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = out.relativize(file).toString();
                if (name.endsWith(".run")) {
                    // A run done again is the same run, at another cost (time): compared by what it gave.
                    RunResult run = dyna.experiment.RunJournal.decode(Files.readAllBytes(file), file.getFileName()
                            .toString());
                    StringBuilder gave = new StringBuilder(run.counters().toString());
                    run.series().forEach((series, values) -> gave.append(series).append(java.util.Arrays.toString(values)));
                    files.put(name, gave.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else if (!name.equals(".dyna.lock") && !name.equals("runs/journal.log")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    @Test
    void aRerunThatFailsWhileWritingLeavesThePreviousResultSetAsItWas() throws Exception {
        Path out = dir.resolve("r");
        runAndCommit(out, plan(new Episodes(3)));
        Map<String, byte[]> before = contents(out);

        IOException failure = assertThrows(IOException.class,
                () -> runAndCommit(out, plan(new FailsWhileWriting(new Episodes(3)))));
        assertTrue(failure.getMessage().startsWith("cannot write the results into " + out + " (No space left on device); "), failure.getMessage());

        Map<String, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet(), "no file added, none removed, no staging folder left");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " unchanged"));
    }
}
