package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Step;
import dyna.api.model.Model;
import dyna.api.provider.ComponentContext;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.compose.Slots;
import dyna.core.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example of composing an agent in Java, compiled and run. */
class ComposeInJavaExampleTest {

    /** A user's own model: the last outcome of each pair, kept in plain Java collections. */
    static final class MyModel implements Model {
        private final int actions;
        private final int[] next;
        private final double[] reward;
        private final boolean[] terminal;
        private final List<Integer> states = new ArrayList<>();
        private final List<List<Integer>> actionsOf = new ArrayList<>();
        int observations;

        MyModel(ComponentContext context) {
            int n = context.stateCount("my-model");
            actions = context.actions().n();
            next = new int[n * actions];
            reward = new double[n * actions];
            terminal = new boolean[n * actions];
            for (int s = 0; s < n; s++) {
                actionsOf.add(new ArrayList<>());
            }
        }

        @Override
        public void observe(int s, int a, double r, int s2, boolean end) {
            observations++;
            if (actionsOf.get(s).isEmpty()) {
                states.add(s);
            }
            if (!actionsOf.get(s).contains(a)) {
                actionsOf.get(s).add(a);
            }
            next[s * actions + a] = s2;
            reward[s * actions + a] = r;
            terminal[s * actions + a] = end;
        }

        @Override
        public int observedStateCount() {
            return states.size();
        }

        @Override
        public int observedState(int index) {
            return states.get(index);
        }

        @Override
        public int observedActionCount(int s) {
            return actionsOf.get(s).size();
        }

        @Override
        public int observedAction(int s, int index) {
            return actionsOf.get(s).get(index);
        }

        @Override
        public void sample(int s, int a, Step out) {
            out.set(next[s * actions + a], reward[s * actions + a], terminal[s * actions + a], false);
        }
    }

    @Test
    void theReadmeExampleRunsWithTheUsersOwnModel() {
        ProviderRegistry registry = ProviderRegistry.discover();
        AgentConfiguration config = AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("dyna-maze").with("planning-steps", "50"));

        AgentFactory agents = AgentFactory.of(config,
                binder -> Slots.model(binder).setBinding().toInstance(context -> new MyModel(context)));

        DynaAgent agent = agents.create(42);          // one run, seeded
        List<Integer> steps = new ArrayList<>();
        for (int episode = 1; episode <= 50; episode++) {
            steps.add(agent.runEpisode().steps());
        }

        MyModel model = (MyModel) agent.model();
        assertSame(MyModel.class, model.getClass());
        assertEquals(agent.counters().realSteps(), model.observations);
        assertEquals(50 * agent.counters().realSteps(), agent.counters().planningUpdates());
        double lastTen = steps.subList(40, 50).stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertTrue(lastTen < 25, "Dyna-Q with the user's model learns the maze: " + steps);
    }
}
