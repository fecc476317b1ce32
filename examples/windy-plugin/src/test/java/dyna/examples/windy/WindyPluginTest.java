package dyna.examples.windy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.env.TransitionTable;
import dyna.api.model.DistributionModel;
import dyna.api.metric.AgentView;
import dyna.api.metric.Metric;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.run.EpisodeResult;
import dyna.examples.windy.forgetting.ForgettingProvider;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import dyna.testkit.EnvironmentChecker;
import dyna.testkit.ModelChecker;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The forgetful model reads its schedule from its context, as every run gives it: the kind's default. */
    private static Map<ComponentKind, Object> forgetting(ForgettingProvider provider, Map<String, String> values) {
        return Map.of(ForgettingProvider.KIND, provider.create(Parameters.resolve(provider.parameters(), values),
                new ComponentContext(new Discrete(4), new Discrete(1), new SplittableRandom(1))));
    }

    @Test
    void theForgetfulModelPassesTheModelChecksWithEverySchedule() {
        ForgetfulModelProvider forgetful = new ForgetfulModelProvider();
        for (ForgettingProvider schedule : List.of(new ExponentialForgettingProvider(), new NoForgettingProvider())) {
            assertEquals(List.of(), ModelChecker.check(forgetful, Parameters.defaults(forgetful.parameters()),
                    () -> windy.create(Parameters.defaults(windy.parameters())), 1, 300,
                    forgetting(schedule, Map.of())), schedule.id());
        }
    }

    @Test
    void theForgetfulModelWeighsRecentOutcomesMore() {
        DistributionModel model = model(forgetting(new ExponentialForgettingProvider(), Map.of("decay", "0.5")));
        // Weights: outcome 1 was seen at steps 1 and 2 (0.25 + 0.5), outcome 2 at step 3 (1).
        Transition out = new Transition().start(0, 0);
        assertEquals(0.75 / 1.75, model.outcome(out, 0), 1e-12);
        assertEquals(1, out.nextState());
        assertEquals(1.0 / 1.75, model.outcome(out, 1), 1e-12);
        assertTrue(model.outcome(out, 1) > model.outcome(out, 0));
    }

    /** The ablation: without forgetting, the model counts as a stochastic model does. */
    @Test
    void withoutForgettingEveryOutcomeCountsAlike() {
        DistributionModel model = model(forgetting(new NoForgettingProvider(), Map.of()));
        Transition out = new Transition().start(0, 0);
        assertEquals(2.0 / 3, model.outcome(out, 0), 1e-12);
        assertEquals(1.0 / 3, model.outcome(out, 1), 1e-12);
    }

    /** A forgetful model that saw outcome 1, 1, then 2 of (0, 0). */
    private static DistributionModel model(Map<ComponentKind, Object> forgetting) {
        ForgetfulModelProvider forgetful = new ForgetfulModelProvider();
        DistributionModel model = (DistributionModel) forgetful.create(Parameters.defaults(forgetful.parameters()),
                new ComponentContext(new Discrete(4), new Discrete(1), new SplittableRandom(1)).withExtensions(forgetting));
        Transition t = new Transition();
        model.observe(t.start(0, 0).outcome(1, 0, false, false));
        model.observe(t.start(0, 0).outcome(1, 0, false, false));
        model.observe(t.start(0, 0).outcome(2, 0, false, false));
        return model;
    }

    @Test
    void stateCoverageCountsTheStatesVisitedSoFar() {
        StateCoverageMetricProvider coverage = new StateCoverageMetricProvider();
        AgentView view = new AgentView() {
            public Environment environment() { return windy.create(Parameters.defaults(windy.parameters())); }
            public dyna.api.learning.ActionValues values() { return null; }
            public dyna.api.learning.Features features() { return null; }
            public dyna.api.model.Model model() { return null; }
            public double discount() { return 1; }
            public int planningSteps() { return 0; }
            public long realSteps() { return 0; }
            public long planningUpdates() { return 0; }
            public long modelQueries() { return 0; }
            public long[] visits() { return new long[0]; }
        };
        Metric metric = coverage.create(Parameters.defaults(List.of()), view, Set.of("state_coverage"));
        Transition t = new Transition();
        double[] value = new double[1];
        metric.step(t.start(0, 0).outcome(1, 0, false, false));
        metric.step(t.start(1, 0).outcome(1, 0, false, false));
        metric.episodeEnded(new EpisodeResult(2, 0, false), value);
        assertEquals(2.0 / 70, value[0], 1e-12, "2 of the 7 x 10 cells");
        metric.step(t.start(1, 0).outcome(69, 0, true, false));
        metric.episodeEnded(new EpisodeResult(1, 0, false), value);
        assertEquals(3.0 / 70, value[0], 1e-12);
    }
}
