package dyna.experiment.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.ExperimentRunner;
import dyna.experiment.stop.Episodes;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A one-member cluster in this JVM (loopback, a port and cluster id of its own). */
class ClusterExecutorTest {

    @Test
    void whenNoMemberCanTakeRunsTheSweepStopsWithOneLineInsteadOfWaiting() throws Exception {
        AgentConfiguration configuration = AgentConfiguration.resolve(ProviderRegistry.discover(),
                AgentSpec.dynaQ("dyna-maze"));
        List<ExperimentPoint> points = List.of(new ExperimentPoint(null, configuration,
                AgentFactory.of(configuration), 1));
        MemberRuntime cannotRebuild = new MemberRuntime(new PluginSet("0.2.0", List.of()), source -> {
            throw new IllegalArgumentException("no such environment: dyna-maze");
        });
        int port = 31000 + ThreadLocalRandom.current().nextInt(20_000);
        HazelcastInstance member = ClusterNode.start(new ClusterSettings("test-" + port, null, port, List.of(), 1),
                cannotRebuild, false);
        try {
            List<String> said = new ArrayList<>();
            ClusterExecutor executor = new ClusterExecutor(member, "{}", null, false,
                    said::add);
            IllegalStateException stopped = assertThrows(IllegalStateException.class,
                    () -> new ExperimentRunner(executor).run(points, 3, new Episodes(2), done -> { }));
            assertEquals("no member of the cluster can take runs, this process included (see the lines above); "
                    + "3 runs were not done", stopped.getMessage());
            assertEquals(1, said.size(), said.toString());
            assertTrue(said.get(0).endsWith("(here) cannot take runs: it cannot rebuild the experiment from its spec: "
                    + "no such environment: dyna-maze"), said.get(0));
        } finally {
            member.shutdown();
        }
    }
}
