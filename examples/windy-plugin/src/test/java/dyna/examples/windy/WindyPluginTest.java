package dyna.examples.windy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.env.TransitionTable;
import dyna.api.model.DistributionModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import dyna.testkit.EnvironmentChecker;
import dyna.testkit.ModelChecker;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tests a plugin can run before it is dropped in, as docs/plugins.md describes. */
class WindyPluginTest {

    private final WindyGridworldProvider windy = new WindyGridworldProvider();

    @Test
    void theWindyGridworldPassesTheEnvironmentChecks() {
        assertEquals(List.of(), EnvironmentChecker.check(() -> windy.create(Parameters.defaults(windy.parameters())),
                1, 20_000));
    }

    @Test
    void theShortestPathIsFifteenStepsAsInTheBook() {
        Environment env = windy.create(Parameters.defaults(windy.parameters()));
        env.reset(1, new Step());
        assertEquals(15, shortestPath(env.transitionTable().orElseThrow()));
    }

    /** Steps from the start state to a terminal outcome by breadth-first search on the table. */
    private static int shortestPath(TransitionTable table) {
        int start = 0;
        while (table.initialProbability(start) == 0) {
            start++;
        }
        int[] distance = new int[table.stateCount()];
        java.util.Arrays.fill(distance, -1);
        java.util.ArrayDeque<Integer> frontier = new java.util.ArrayDeque<>(List.of(start));
        distance[start] = 0;
        while (!frontier.isEmpty()) {
            int s = frontier.poll();
            for (int a = 0; a < table.actionCount(); a++) {
                for (Outcome outcome : table.outcomes(s, a)) {
                    if (outcome.terminated()) {
                        return distance[s] + 1;
                    }
                    if (distance[outcome.nextState()] < 0) {
                        distance[outcome.nextState()] = distance[s] + 1;
                        frontier.add(outcome.nextState());
                    }
                }
            }
        }
        return -1;
    }

    @Test
    void theForgetfulModelPassesTheModelChecks() {
        ForgetfulModelProvider forgetful = new ForgetfulModelProvider();
        assertEquals(List.of(), ModelChecker.check(forgetful, Parameters.defaults(forgetful.parameters()),
                () -> windy.create(Parameters.defaults(windy.parameters())), 1, 300));
    }

    @Test
    void theForgetfulModelWeighsRecentOutcomesMore() {
        ForgetfulModelProvider forgetful = new ForgetfulModelProvider();
        DistributionModel model = (DistributionModel) forgetful.create(
                Parameters.resolve(forgetful.parameters(), Map.of("decay", "0.5")),
                new ComponentContext(new Discrete(4), new Discrete(1), new SplittableRandom(1)));
        Transition t = new Transition();
        model.observe(t.start(0, 0).outcome(1, 0, false, false));
        model.observe(t.start(0, 0).outcome(1, 0, false, false));
        model.observe(t.start(0, 0).outcome(2, 0, false, false));
        Transition out = new Transition().start(0, 0);
        // Weights: outcome 1 was seen at steps 1 and 2 (0.25 + 0.5), outcome 2 at step 3 (1).
        assertEquals(0.75 / 1.75, model.outcome(out, 0), 1e-12);
        assertEquals(1, out.nextState());
        assertEquals(1.0 / 1.75, model.outcome(out, 1), 1e-12);
        assertTrue(model.outcome(out, 1) > model.outcome(out, 0));
    }
}
