package dyna.experiment.stop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.Parameters;
import dyna.api.run.EpisodeResult;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ChosenMetric;
import dyna.experiment.RunResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the episodes and steps conditions measure, checked against a twin agent (same seeds) run
 * by hand: the cumulative reward after every step, and the real transitions an added metric that
 * observes steps sees, whether one such metric is added or two.
 */
class StopConditionRunsTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    /** Dyna-Q in the maze, from one seed: two calls give twins. */
    private static DynaAgent agent() {
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze")
                .with("planning-steps", "5"))).create(9);
    }

    @Test
    void stepsMeasureTheRewardSummedUpToEachStep() {
        double[] rewards = agent().runSteps(20_000);
        RunResult result = new Steps(20_000).run(agent(), null);
        double[] cumulative = result.of(Steps.CUMULATIVE_REWARD);
        double sum = 0;
        for (int t = 0; t < rewards.length; t++) {
            sum += rewards[t];
            assertEquals(sum, cumulative[t], "step " + (t + 1));
        }
        assertTrue(sum >= 3, "the maze's goal was reached more than twice in 20,000 steps: " + sum);
        assertEquals(20_000, result.counters().realSteps());
    }

    @Test
    void anAddedMetricThatObservesStepsSeesEveryRealTransition() {
        double[] steps = stepsOfEpisodes(6);
        RunResult one = new Episodes(6, List.of(counting("seen"))).run(agent(), null);
        assertArrayEquals(steps, one.of(Episodes.STEPS));
        assertArrayEquals(steps, one.series("seen"), "one observer");
        RunResult two = new Episodes(6, List.of(counting("seen"), counting("seen_too"))).run(agent(), null);
        assertArrayEquals(steps, two.series("seen"), "the first of two observers");
        assertArrayEquals(steps, two.series("seen_too"), "the second of two observers");
    }

    /** The steps of each of the first {@code episodes} episodes of the twin agent. */
    private static double[] stepsOfEpisodes(int episodes) {
        DynaAgent twin = agent();
        double[] steps = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            steps[e] = twin.runEpisode().steps();
        }
        assertTrue(steps[0] > steps[episodes - 1], "Dyna-Q learns: " + steps[0] + " then " + steps[episodes - 1]);
        return steps;
    }

    private static ChosenMetric counting(String column) {
        MetricProvider provider = new CountingTransitions(column);
        return new ChosenMetric(provider, Parameters.defaults(provider.parameters()), ChosenMetric.measures(provider));
    }

    /** A metric with one column: the real transitions it was shown in the episode. */
    private record CountingTransitions(String column) implements MetricProvider {
        @Override
        public String id() {
            return column;
        }

        @Override
        public String description() {
            return "counts the real transitions of each episode";
        }

        @Override
        public List<MetricColumn> columns() {
            return List.of(new MetricColumn(column, true, "real transitions shown in the episode"));
        }

        @Override
        public Metric create(Parameters parameters, AgentView agent, Set<String> chosen) {
            return new Metric() {
                private int seen;

                @Override
                public boolean observesSteps() {
                    return true;
                }

                @Override
                public void step(Transition real) {
                    seen++;
                }

                @Override
                public void episodeEnded(EpisodeResult episode, double[] values) {
                    values[0] = seen;
                    seen = 0;
                }
            };
        }
    }
}
