package dyna.models.truth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Simulator;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.save.Savable;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import dyna.api.env.Step;
import java.util.random.RandomGenerator;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The true model answers every query with the environment's own dynamics (here a line where
 * action 1 moves +0.5 and action 0 −0.5, reward the new position, ending past 1), learns and
 * saves nothing, and is refused where there are no such dynamics.
 */
class TrueModelTest {

    private static final Simulator LINE = new Simulator() {
        @Override
        public void simulate(double[] observation, int action, RandomGenerator random, Step out) {
            simulate(observation, new double[] {action == 1 ? 0.5 : -0.5}, random, out);
        }

        @Override
        public void simulate(double[] observation, double[] action, RandomGenerator random, Step out) {
            double next = observation[0] + action[0];
            out.set(next, next > 1, false);
            out.observation()[0] = next;
        }
    };

    private static ComponentContext context(Optional<Simulator> simulator, boolean box) {
        return context(simulator, box, new Discrete(2));
    }

    private static ComponentContext context(Optional<Simulator> simulator, boolean box, Space actions) {
        return new ComponentContext(box ? new Box(new double[] {-2}, new double[] {2}) : new Discrete(5),
                actions, new SplittableRandom(1), Optional.empty(), simulator, Map.of());
    }

    @Test
    void everyQueryIsAnsweredByTheSimulator() {
        Model model = new TrueModelProvider().create(Parameters.defaults(new TrueModelProvider().parameters()),
                context(Optional.of(LINE), true));
        Transition query = new Transition(1).start(new double[] {0.75}, 1);
        assertTrue(model.knows(query), "known without a single observation");
        model.sample(query);
        assertArrayEquals(new double[] {1.25}, query.nextObservation());
        assertEquals(1.25, query.reward());
        assertTrue(query.terminated());
        model.sample(query.start(new double[] {-1}, 0));
        assertArrayEquals(new double[] {-1.5}, query.nextObservation());
        assertFalse(query.terminated());
        assertEquals("true-model/1", ((Savable) model).format());
    }

    @Test
    void boxActionsAreSimulatedAsGiven() {
        Box moves = new Box(new double[] {-1}, new double[] {1});
        Model model = new TrueModelProvider().create(Parameters.defaults(new TrueModelProvider().parameters()),
                context(Optional.of(LINE), true, moves));
        Transition query = new Transition(new Box(new double[] {-2}, new double[] {2}), moves, 1)
                .start(new double[] {0.75}, new double[] {0.375});
        model.sample(query);
        assertArrayEquals(new double[] {1.125}, query.nextObservation());
        assertTrue(query.terminated());
        model.sample(query.start(new double[] {0.5}, new double[] {-0.25}));
        assertArrayEquals(new double[] {0.25}, query.nextObservation());
        assertFalse(query.terminated());
    }

    @Test
    void isRefusedWithoutBoxObservationsOrASimulator() {
        TrueModelProvider provider = new TrueModelProvider();
        Parameters none = Parameters.defaults(provider.parameters());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> provider.create(none,
                context(Optional.of(LINE), false))).getMessage().contains("true-model works with box observations"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> provider.create(none,
                context(Optional.empty(), true))).getMessage().contains("needs an environment that can simulate"));
    }
}
