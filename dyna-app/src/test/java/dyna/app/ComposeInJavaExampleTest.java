package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
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

    /** A user's own model: the last outcome of each pair, kept in plain Java arrays. */
    static final class MyModel implements Model {
        private final int actions;
        private final boolean[] known;
        private final int[] next;
        private final double[] reward;
        private final boolean[] terminal;
        int observations;

        MyModel(ComponentContext context) {
            int pairs = context.stateCount("my-model") * context.actionCount("my-model");
            actions = context.actionCount("my-model");
            known = new boolean[pairs];
            next = new int[pairs];
            reward = new double[pairs];
            terminal = new boolean[pairs];
        }

        @Override
        public void observe(Transition t) {
            observations++;
            int pair = t.state() * actions + t.action();
            known[pair] = true;
            next[pair] = t.nextState();
            reward[pair] = t.reward();
            terminal[pair] = t.terminated();
        }

        @Override
        public boolean knows(Transition t) {
            return known[t.state() * actions + t.action()];
        }

        @Override
        public void sample(Transition t) {
            int pair = t.state() * actions + t.action();
            t.outcome(next[pair], reward[pair], terminal[pair], false);
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
