package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.experiment.reader.ExperimentFile;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results exactly once: a run that arrives twice is recorded once. */
class RunJournalTest {

    @TempDir
    Path dir;

    @Test
    void aRunRecordedTwiceIsJournaledOnceAndKeepsItsFirstFile() throws Exception {
        Path file = dir.resolve("e.yaml");
        Files.writeString(file, "environment: dyna-maze\nruns: 2\nstop: {episodes: 2}\n");
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), ProviderRegistry.discover(), List.of());
        ExperimentPoint point = plan.points().get(0);
        RunResult first = ExperimentRunner.run(point, 0, plan.spec().stop());
        RunResult second = ExperimentRunner.run(point, 1, plan.spec().stop());
        Path runs = dir.resolve("runs");
        RunJournal journal = RunJournal.open(runs, plan.spec().stop(), false);
        journal.record(point, 0, first);
        byte[] bytes = Files.readAllBytes(runs.resolve(journal.fileName(point, 0)));
        journal.record(point, 0, second);    // as if a re-executed task delivered run 0 again
        journal.record(point, 1, second);
        assertEquals(List.of(journal.fileName(point, 0), journal.fileName(point, 1)),
                Files.readAllLines(runs.resolve("journal.log")));
        assertEquals(java.util.Arrays.toString(bytes),
                java.util.Arrays.toString(Files.readAllBytes(runs.resolve(journal.fileName(point, 0)))));
    }
}
