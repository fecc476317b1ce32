package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dyna.experiment.stop.Episodes;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    /** An environment that fails on its third step when its seed is even; {@code nan}: by a NaN reward. */
    private static final class Breaks implements Environment {
        private final boolean nan;
        private int steps;
        private boolean fails;

        Breaks(boolean nan) {
            this.nan = nan;
        }

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
            fails = seed % 2 == 0;
            out.set(0, 0, false, false);
        }

        @Override
        public void reset(Step out) {
            out.set(0, 0, false, false);
        }

        @Override
        public void step(int action, Step out) {
            if (++steps == 3 && fails) {
                if (!nan) {
                    throw new IllegalStateException("the simulator crashed");
                }
                out.set(1, Double.NaN, false, false);
                return;
            }
            out.set(1, 0, false, false);
        }
    }

    private static SweepResults sweepWith(boolean nan) throws InterruptedException {
        AgentConfiguration configuration = AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze"));
        AgentFactory agents = AgentFactory.of(configuration,
                binder -> Slots.environment(binder).setBinding().toInstance(() -> new Breaks(nan)));
        ExperimentPoint point = new ExperimentPoint(null, configuration, agents, 1);
        return new ExperimentRunner(2).run(List.of(point), 12, new Episodes(2), done -> { });
    }

    @Test
    void aRunThatFailsIsReportedAndTheOtherRunsFinish() throws Exception {
        SweepResults sweep = sweepWith(false);
        assertFalse(sweep.complete());
        assertTrue(sweep.failures().size() > 0 && sweep.failures().size() < 12, sweep.failures().toString());
        for (RunFailure failure : sweep.failures()) {
            assertEquals("run " + (failure.run() + 1) + " failed in the agent: IllegalStateException: the simulator "
                    + "crashed", failure.line());
            assertNull(sweep.results()[0][failure.run()]);
        }
        long finished = java.util.Arrays.stream(sweep.results()[0]).filter(java.util.Objects::nonNull).count();
        assertEquals(12 - sweep.failures().size(), finished, "every other run finished");
    }

    @Test
    void aNanRewardFailsItsRunNamingTheEnvironment() throws Exception {
        SweepResults sweep = sweepWith(true);
        assertFalse(sweep.complete());
        String line = sweep.failures().get(0).line();
        assertTrue(line.contains(" failed in environment dyna-maze (") && line.endsWith(
                "step 3 gave state 1 (valid: 0 to 2) and reward NaN"), line);
    }

    @Test
    void progressIsReportedUpToEveryRun() throws Exception {
        AgentConfiguration configuration = AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze"));
        ExperimentPoint point = new ExperimentPoint(null, configuration, AgentFactory.of(configuration), 1);
        List<Integer> told = new ArrayList<>();
        RunResult[][] results = new ExperimentRunner(2).run(List.of(point), 9, new Episodes(2), told::add).results();
        assertEquals(9, told.get(told.size() - 1));
        for (RunResult result : results[0]) {
            assertEquals(2, result.series("steps").length);
        }
    }
}
