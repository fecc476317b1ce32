package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The book's claims for Mountain Car (Sutton and Barto, section 10.1, Figures 10.1 and 10.2):
 * one-step semi-gradient Sarsa with 8 tilings, ε = 0, γ = 1, learns the task, and among the
 * step sizes 0.1/8, 0.2/8 and 0.5/8 the larger learns faster over 500 episodes. Replay as a
 * model makes Dyna work on the continuous task. Fixed seeds, 20 runs each.
 */
class MountainCarBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();
    private static final int RUNS = 20;

    private static AgentSpec sarsa(double alpha) {
        return AgentSpec.dynaQ("mountain-car").with(ComponentKind.MODEL, "no-model")
                .with(ComponentKind.UPDATE_RULE, "sarsa").with(ComponentKind.VALUES, "linear")
                .with(ComponentKind.FEATURES, "tile-coding").with("tilings", "8").with("epsilon", "0")
                .with("gamma", "1").with("alpha", Double.toString(alpha)).with("planning-steps", "0")
                .with("max-episode-steps", "10000");
    }

    /** Mean steps of each episode over {@link #RUNS} runs. */
    private static double[] meanSteps(AgentSpec spec, int episodes) {
        AgentFactory agents = AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec));
        double[] mean = new double[episodes];
        for (int run = 1; run <= RUNS; run++) {
            DynaAgent agent = agents.create(run);
            for (int e = 0; e < episodes; e++) {
                mean[e] += agent.runEpisode().steps() / (double) RUNS;
            }
        }
        return mean;
    }

    private static double average(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).average().orElseThrow();
    }

    @Test
    void semiGradientSarsaLearnsAndLargerStepSizesLearnFaster() {
        double[] small = meanSteps(sarsa(0.1 / 8), 500);
        double[] medium = meanSteps(sarsa(0.2 / 8), 500);
        double[] large = meanSteps(sarsa(0.5 / 8), 500);
        assertTrue(large[49] < large[0] / 4, "episode 50 (" + large[49] + ") far below episode 1 (" + large[0] + ")");
        double late = average(large, 99, 500);
        assertTrue(late < 200, "alpha = 0.5/8 averages " + late + " steps over episodes 100-500");
        double smallAll = average(small, 0, 500);
        double mediumAll = average(medium, 0, 500);
        double largeAll = average(large, 0, 500);
        assertTrue(largeAll < mediumAll && mediumAll < smallAll, "mean steps over 500 episodes: 0.5/8 " + largeAll
                + ", 0.2/8 " + mediumAll + ", 0.1/8 " + smallAll);
    }

    @Test
    void withoutLearningTheCarDoesNotImprove() {
        double[] frozen = meanSteps(sarsa(0), 20);
        assertTrue(average(frozen, 10, 20) > 0.5 * average(frozen, 0, 10),
                "with alpha = 0 the last ten episodes (" + average(frozen, 10, 20) + ") are no shorter than the first");
    }

    @Test
    void replayAsAModelReachesTwoHundredStepsInFewerEpisodesThanNoPlanning() {
        AgentSpec dyna = sarsa(0.5 / 8).with(ComponentKind.MODEL, "replay")
                .with(ComponentKind.SEARCH_CONTROL, "seen-pairs");
        int direct = episodesToReach(meanSteps(dyna.with("planning-steps", "0"), 60), 200);
        int planned = episodesToReach(meanSteps(dyna.with("planning-steps", "10"), 60), 200);
        assertTrue(planned < direct, "episodes until the mean is below 200 steps: n = 10 " + planned + ", n = 0 " + direct);
    }

    private static int episodesToReach(double[] steps, double level) {
        for (int e = 0; e < steps.length; e++) {
            if (steps[e] < level) {
                return e + 1;
            }
        }
        return Integer.MAX_VALUE;
    }
}
