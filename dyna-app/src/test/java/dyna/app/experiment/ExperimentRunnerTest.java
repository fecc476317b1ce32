package dyna.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.compose.Slots;
import dyna.core.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import dyna.app.stop.Episodes;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    /** An environment that fails on its third step. */
    private static final class Breaks implements Environment {
        private int steps;

        @Override
        public Space observationSpace() {
            return new Discrete(3);
        }

        @Override
        public Discrete actionSpace() {
            return new Discrete(2);
        }

        @Override
        public void reset(long seed, Step out) {
            out.set(0, 0, false, false);
        }

        @Override
        public void reset(Step out) {
            out.set(0, 0, false, false);
        }

        @Override
        public void step(int action, Step out) {
            if (++steps == 3) {
                throw new IllegalStateException("the simulator crashed");
            }
            out.set(1, 0, false, false);
        }
    }

    @Test
    void aRunThatFailsStopsTheSweepWithItsError() {
        AgentConfiguration configuration = AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze"));
        AgentFactory agents = AgentFactory.of(configuration,
                binder -> Slots.environment(binder).setBinding().toInstance(Breaks::new));
        ExperimentPoint point = new ExperimentPoint(null, configuration, agents, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ExperimentRunner(2)
                .run(List.of(point), 6, new Episodes(2), done -> { }));
        assertEquals("the simulator crashed", e.getMessage());
    }

    @Test
    void progressIsReportedUpToEveryRun() throws Exception {
        AgentConfiguration configuration = AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze"));
        ExperimentPoint point = new ExperimentPoint(null, configuration, AgentFactory.of(configuration), 1);
        List<Integer> told = new ArrayList<>();
        RunResult[][] results = new ExperimentRunner(2).run(List.of(point), 9, new Episodes(2), told::add);
        assertEquals(9, told.get(told.size() - 1));
        for (RunResult result : results[0]) {
            assertEquals(2, result.series("steps").length);
        }
    }
}
