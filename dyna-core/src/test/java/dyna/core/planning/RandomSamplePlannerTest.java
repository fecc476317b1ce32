package dyna.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Step;
import dyna.api.learning.QTable;
import dyna.api.model.Model;
import dyna.api.planning.PlanningContext;
import dyna.core.fixtures.RecordingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomSamplePlannerTest {

    /** A context that counts which pairs the planner updates. */
    private static final class CountingContext implements PlanningContext {
        final Model model;
        final QTable values = new QTable(4, 3);
        final RandomGenerator random = new SplittableRandom(9);
        final Map<String, Integer> updates = new HashMap<>();
        final Step step = new Step();

        CountingContext(Model model) {
            this.model = model;
        }

        @Override
        public Model model() {
            return model;
        }

        @Override
        public QTable values() {
            return values;
        }

        @Override
        public RandomGenerator random() {
            return random;
        }

        @Override
        public Step simulate(int state, int action) {
            model.sample(state, action, step);
            return step;
        }

        @Override
        public double update(int state, int action, Step outcome) {
            updates.merge(state + "," + action, 1, Integer::sum);
            return 0;
        }

        @Override
        public double error(int state, int action, Step outcome) {
            return 0;
        }

        @Override
        public double expectedUpdate(int state, int action) {
            throw new AssertionError("random-sample makes sample updates only");
        }

        @Override
        public double expectedError(int state, int action) {
            throw new AssertionError("random-sample makes sample updates only");
        }
    }

    @Test
    void drawsAStateUniformlyThenAnActionTakenInIt() {
        List<String> calls = new ArrayList<>();
        RecordingModel model = new RecordingModel(4, 3, calls);
        model.observe(0, 1, 0, 1, false);
        model.observe(2, 0, 0, 1, false);
        model.observe(2, 1, 0, 1, false);
        model.observe(2, 2, 0, 1, false);
        CountingContext context = new CountingContext(model);
        int budget = 60_000;
        new RandomSamplePlanner(context).plan(0, 1, budget);

        assertEquals(4, context.updates.size(), "only observed pairs are planned: " + context.updates);
        assertEquals(budget, context.updates.values().stream().mapToInt(Integer::intValue).sum());
        // State 0 has one action, state 2 three: (0,1) gets 1/2 of the draws, each (2,a) 1/6.
        assertShare(context.updates.get("0,1"), budget, 0.5);
        for (int a = 0; a < 3; a++) {
            assertShare(context.updates.get("2," + a), budget, 1 / 6.0);
        }
        long samples = calls.stream().filter(c -> c.startsWith("sample")).count();
        assertEquals(budget, samples, "one model query per planning update");
    }

    private static void assertShare(int count, int total, double p) {
        double sd = Math.sqrt(total * p * (1 - p));
        assertTrue(Math.abs(count - total * p) < 4 * sd, count + " of " + total + " is not near " + p);
    }

    @Test
    void plansNothingWithAnEmptyModel() {
        CountingContext context = new CountingContext(new RecordingModel(4, 3, new ArrayList<>()));
        new RandomSamplePlanner(context).plan(0, 0, 10);
        assertTrue(context.updates.isEmpty());
    }
}
