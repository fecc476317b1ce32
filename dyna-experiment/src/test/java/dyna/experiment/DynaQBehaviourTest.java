package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.env.Step;
import dyna.api.provider.Parameters;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.core.seed.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dyna-Q on the Dyna maze behaves as Sutton and Barto state (section 8.2, Figure 8.2). */
class DynaQBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    private static AgentFactory dynaQ(int planningSteps) {
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY,
                AgentSpec.dynaQ("dyna-maze").with("planning-steps", Integer.toString(planningSteps))));
    }

    /**
     * Plain tabular Q-learning written out by hand, drawing from the same streams the framework
     * gives its policy: epsilon-greedy, ties broken at random.
     */
    private static double[] plainQLearning(long runSeed, int episodes) {
        EnvironmentProvider provider = REGISTRY.find(EnvironmentProvider.class, "dyna-maze");
        Environment maze = provider.create(Parameters.defaults(provider.parameters()));
        SplittableRandom random = Seeds.stream(runSeed, "policy");
        double alpha = 0.1;
        double gamma = 0.95;
        double epsilon = 0.1;
        double[] q = new double[54 * 4];
        Step step = new Step();
        for (int e = 0; e < episodes; e++) {
            if (e == 0) {
                maze.reset(Seeds.derive(runSeed, "environment"), step);
            } else {
                maze.reset(step);
            }
            int s = step.state();
            while (true) {
                int a;
                if (random.nextDouble() < epsilon) {
                    a = random.nextInt(4);
                } else {
                    double best = Math.max(Math.max(q[s * 4], q[s * 4 + 1]), Math.max(q[s * 4 + 2], q[s * 4 + 3]));
                    int ties = 0;
                    for (int b = 0; b < 4; b++) {
                        ties += q[s * 4 + b] == best ? 1 : 0;
                    }
                    int pick = ties == 1 ? 0 : random.nextInt(ties);
                    a = -1;
                    for (int b = 0; b < 4 && a < 0; b++) {
                        if (q[s * 4 + b] == best && pick-- == 0) {
                            a = b;
                        }
                    }
                }
                maze.step(a, step);
                int next = step.state();
                double max = Math.max(Math.max(q[next * 4], q[next * 4 + 1]), Math.max(q[next * 4 + 2], q[next * 4 + 3]));
                double target = step.terminated() ? step.reward() : step.reward() + gamma * max;
                q[s * 4 + a] += alpha * (target - q[s * 4 + a]);
                s = next;
                if (step.terminated()) {
                    break;
                }
            }
        }
        return q;
    }

    @Test
    void withZeroPlanningStepsTheAgentIsExactlyQLearning() {
        for (long seed : new long[] {1, 2, 3}) {
            DynaAgent agent = dynaQ(0).create(seed);
            for (int e = 0; e < 30; e++) {
                agent.runEpisode();
            }
            assertArrayEquals(plainQLearning(seed, 30), agent.table().toArray(), "seed " + seed);
            assertEquals(0, agent.counters().planningUpdates());
            assertEquals(0, agent.counters().modelQueries());
        }
    }

    /** With all values zero, the first episode is a uniform random walk: 868.7 steps expected. */
    @Test
    void firstEpisodesAverageTheExactRandomWalkHittingTime() {
        AgentFactory agents = dynaQ(0);
        int runs = 4000;
        double sum = 0;
        double sumOfSquares = 0;
        for (int run = 0; run < runs; run++) {
            int steps = agents.create(Seeds.derive(2024, run)).runEpisode().steps();
            sum += steps;
            sumOfSquares += (double) steps * steps;
        }
        double mean = sum / runs;
        double standardError = Math.sqrt((sumOfSquares / runs - mean * mean) / (runs - 1));
        assertTrue(Math.abs(mean - 868.7) < 3 * standardError,
                "mean " + mean + " is more than 3 standard errors (" + standardError + ") from 868.7");
    }

    private static double[] meanSteps(int planningSteps, int runs, int episodes) {
        double[] mean = new double[episodes];
        AgentFactory agents = dynaQ(planningSteps);
        for (int run = 0; run < runs; run++) {
            DynaAgent agent = agents.create(Seeds.derive(8, run));
            for (int e = 0; e < episodes; e++) {
                mean[e] += agent.runEpisode().steps() / (double) runs;
            }
        }
        return mean;
    }

    private static double lastTen(double[] mean) {
        double sum = 0;
        for (int e = mean.length - 10; e < mean.length; e++) {
            sum += mean[e];
        }
        return sum / 10;
    }

    /** Figure 8.2, 30 runs: more planning, fewer episodes to the shortest path (14 steps). */
    @Test
    void figureEightTwoMorePlanningReachesTheShortPathInFewerEpisodes() {
        double[] n0 = meanSteps(0, 30, 50);
        double[] n5 = meanSteps(5, 30, 50);
        double[] n50 = meanSteps(50, 30, 50);
        assertTrue(n50[2] < 20, "n = 50 is near the shortest path by episode 3: " + n50[2]);
        assertTrue(Math.min(n5[4], n5[5]) < 25, "n = 5 is near it by episode 5 or 6: " + n5[4] + ", " + n5[5]);
        assertTrue(n0[9] > 100, "n = 0 is still far from it at episode 10: " + n0[9]);
        assertTrue(n0[1] > n5[1] && n5[1] > n50[1], "episode 2 ranks n = 0, 5, 50");
        for (double[] curve : new double[][] {n0, n5, n50}) {
            double end = lastTen(curve);
            assertTrue(end >= 14 && end < 20, "all end near 17 steps (14 plus exploration): " + end);
        }
    }
}
