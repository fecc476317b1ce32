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

    /**
     * A run's bytes carry its cost (wall and CPU seconds, host) to the journal and between
     * machines; a run file of layout 4, written before costs were kept, still reads, its cost
     * unknown. The cost is no part of the run's identity: the file name does not change.
     */
    @Test
    void aRunsBytesCarryItsCostAndOlderRunFilesStillRead() throws Exception {
        RunResult run = new RunResult(java.util.Map.of("steps", new double[] {3, 2}),
                new dyna.core.agent.AgentCounters(2, 5, 7, 9), new RunCost(1.25, 0.75, "node-7"));
        RunResult read = RunJournal.decode(RunJournal.encode(run, "ab-0.run"), "ab-0.run");
        assertEquals(new RunCost(1.25, 0.75, "node-7"), read.cost());
        assertEquals(run.counters(), read.counters());

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(0x44594e41);
        out.writeInt(4);
        out.writeUTF("ab-0.run");
        out.writeInt(1);
        out.writeUTF("steps");
        out.writeInt(2);
        out.writeDouble(3);
        out.writeDouble(2);
        for (long counter : new long[] {2, 5, 7, 9}) {
            out.writeLong(counter);
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        RunResult older = RunJournal.decode(bytes.toByteArray(), "ab-0.run");
        assertEquals(RunCost.UNKNOWN, older.cost());
        assertEquals(2.0, older.series("steps")[1]);
    }

    @Test
    void eachRunIsTimedOnTheThreadThatRanIt() throws Exception {
        Path file = dir.resolve("e.yaml");
        Files.writeString(file, "environment: dyna-maze\nruns: 1\nstop: {episodes: 3}\n");
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), ProviderRegistry.discover(), List.of());
        RunCost cost = ExperimentRunner.run(plan.points().get(0), 0, plan.spec().stop()).cost();
        org.junit.jupiter.api.Assertions.assertTrue(cost.wallSeconds() > 0 && cost.cpuSeconds() > 0
                && cost.cpuSeconds() <= cost.wallSeconds() + 0.01, cost.toString());
        assertEquals(RunCost.HOST, cost.host());
        org.junit.jupiter.api.Assertions.assertFalse(RunCost.HOST.isEmpty(), "this machine has a name");
    }
}
