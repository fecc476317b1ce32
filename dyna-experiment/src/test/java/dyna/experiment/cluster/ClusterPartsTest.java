package dyna.experiment.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.experiment.RunJournal;
import dyna.experiment.RunResult;
import dyna.core.agent.AgentCounters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-data parts of the cluster backend, without a cluster. */
class ClusterPartsTest {

    @Test
    void memberListsAreHostPortPairsAndABadOneIsNamed() {
        assertEquals(List.of("127.0.0.1:5701", "node-2:5702"),
                ClusterSettings.members("--cluster", "127.0.0.1:5701, node-2:5702"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ClusterSettings.members("--cluster", "127.0.0.1:5701,node-2"));
        assertEquals("--cluster takes HOST:PORT[,HOST:PORT...], for example 127.0.0.1:5701,127.0.0.1:5702; "
                + "'node-2' is not HOST:PORT", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClusterSettings.members("--members", "host:70000"));
        assertThrows(IllegalArgumentException.class, () -> new ClusterSettings("no spaces", null, null, List.of(), 1));
    }

    @Test
    void membersListenOnLoopbackUnlessToldOtherwise() {
        ClusterSettings settings = new ClusterSettings("sweep-1", null, null, List.of(), 2);
        assertEquals("127.0.0.1", settings.bind());
        assertTrue(settings.loopback());
        assertEquals("dyna-sweep-1", settings.clusterName());
        assertFalse(new ClusterSettings("sweep-1", "192.0.2.7", 5701, List.of(), 2).loopback());
    }

    @Test
    void theHazelcastConfigurationIsTheSafeOne() {
        var config = ClusterNode.config(new ClusterSettings("x", null, null, List.of("127.0.0.1:5702"), 3),
                new MemberRuntime(new PluginSet("0.2.0", List.of()), source -> null));
        assertEquals("false", config.getProperty("hazelcast.phone.home.enabled"));
        assertEquals("false", config.getProperty("hazelcast.socket.bind.any"));
        var join = config.getNetworkConfig().getJoin();
        assertFalse(join.getMulticastConfig().isEnabled());
        assertFalse(join.getAutoDetectionConfig().isEnabled());
        assertEquals(List.of("127.0.0.1:5702"), join.getTcpIpConfig().getMembers());
        assertEquals(List.of("127.0.0.1"), List.copyOf(config.getNetworkConfig().getInterfaces().getInterfaces()));
        assertEquals(3, config.getExecutorConfig(ClusterNode.EXECUTOR).getPoolSize());
        assertEquals("dyna-x", config.getClusterName());
        assertFalse(config.getMetricsConfig().isEnabled(), "no metrics: nothing reads them");
    }

    @Test
    void pluginSetsTravelAsTextAndSayWhatDiffers() {
        PluginSet here = new PluginSet("0.2.0", List.of("b.plugin 1.0", "a.plugin 2.0"));
        assertEquals("dyna 0.2.0; plugins: a.plugin 2.0, b.plugin 1.0", here.text());
        assertEquals(here, PluginSet.parse(here.text()));
        assertEquals(new PluginSet("0.2.0", List.of()), PluginSet.parse("dyna 0.2.0; plugins: none"));
        PluginSet there = new PluginSet("0.3.0", List.of("a.plugin 2.0", "c.plugin 1.0"));
        assertEquals("it runs Dyna 0.3.0, this process 0.2.0; it has c.plugin 1.0 that this process has not; "
                + "it lacks b.plugin 1.0", here.differenceFrom(there));
    }

    @Test
    void aBatchAnswerComesBackAsItWasWritten() throws Exception {
        BatchOutcomes answer = new BatchOutcomes();
        RunResult result = new RunResult(Map.of("steps", new double[] {3, 2.5}), new AgentCounters(2, 5, 10, 10));
        answer.result(4, 7, "1a2b-7.run", result);
        answer.failure(1, 0, "run 1 failed in the model");
        BatchOutcomes.Decoded decoded = BatchOutcomes.decode(answer.finish(1234));
        assertEquals(1234, decoded.nanos());
        assertNull(decoded.refusal());
        assertEquals(2, decoded.outcomes().size());
        assertArrayEquals(new double[] {3, 2.5}, decoded.outcomes().get(0).result().series("steps"));
        assertEquals("1a2b-7.run", decoded.outcomes().get(0).name(), "a result carries the run it was made for");
        assertEquals(result.counters(), decoded.outcomes().get(0).result().counters());
        assertEquals("run 1 failed in the model", decoded.outcomes().get(1).failure());
        assertEquals("its plugin set differs", BatchOutcomes.decode(BatchOutcomes.refused("its plugin set differs")).refusal());
    }

    /** What members keep for a lost submitter is taken only if sealed with the sweep's key, for its own run. */
    @Test
    void aKeptResultIsTakenOnlyWithTheSweepsSealForItsOwnRun(@TempDir Path dir) throws Exception {
        SweepKey key = SweepKey.in(dir.resolve("runs"));
        assertEquals(key.hex(), SweepKey.in(dir.resolve("runs")).hex(), "the key stays with the sweep's directory");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(dir.resolve("runs").resolve(SweepKey.FILE))));
        byte[] run = RunJournal.encode(new RunResult(Map.of("steps", new double[] {3}), new AgentCounters(1, 3, 0, 0)),
                "1a2b-0.run");
        byte[] sealed = key.seal("1a2b-0.run", run);
        assertArrayEquals(run, key.open("1a2b-0.run", sealed));
        assertNull(key.open("1a2b-1.run", sealed), "sealed for another run");
        assertNull(SweepKey.fresh().open("1a2b-0.run", sealed), "sealed by another sweep");
        assertNull(key.open("1a2b-0.run", run), "not sealed at all: what a client with no key can put");
        byte[] tampered = sealed.clone();
        tampered[20] ^= 1;
        assertNull(key.open("1a2b-0.run", tampered));
        assertEquals(key.hex(), SweepKey.of(key.hex()).hex());
    }

    @Test
    void batchesLastAboutATenthOfASecondAndLeaveWorkForEveryThread() {
        assertEquals(1, ClusterExecutor.batchSize(Double.NaN, 1000, 4), "one run until the pace is known");
        assertEquals(100, ClusterExecutor.batchSize(1e6, 1000, 2), "1 ms runs: 100 to a batch");
        assertEquals(1, ClusterExecutor.batchSize(5e8, 1000, 2), "runs longer than 100 ms go one by one");
        assertEquals(25, ClusterExecutor.batchSize(1e5, 100, 2), "a quarter of what is left with 2 threads");
        assertEquals(1, ClusterExecutor.batchSize(1e5, 3, 2));
    }
}
