package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeenObservationsTest {

    /** A model that knows exactly the (observation, action) pairs it observed. */
    private static final class Memory implements Model {
        final Set<String> known = new HashSet<>();

        @Override
        public void observe(Transition real) {
            known.add(key(real));
        }

        @Override
        public boolean knows(Transition query) {
            return known.contains(key(query));
        }

        @Override
        public void sample(Transition query) {
        }

        static String key(Transition t) {
            return t.observation()[0] + "/" + t.action();
        }
    }

    @Test
    void drawsASeenObservationUniformlyThenAnActionTakenThere() {
        Memory model = new Memory();
        SeenObservations control = new SeenObservations(1, 3, model, new SplittableRandom(4));
        assertFalse(control.next(new Transition(1)));
        double[][] seen = {{0.5}, {0.5}, {0.5}, {-0.25}};
        int[] actions = {0, 2, 0, 1};
        for (int i = 0; i < seen.length; i++) {
            Transition real = new Transition(1).start(seen[i], actions[i]);
            model.observe(real);
            control.observe(real);
        }
        Map<String, Integer> starts = new HashMap<>();
        Transition start = new Transition(1);
        for (int i = 0; i < 40_000; i++) {
            assertTrue(control.next(start));
            starts.merge(Memory.key(start), 1, Integer::sum);
        }
        assertEquals(Set.of("0.5/0", "0.5/2", "-0.25/1"), starts.keySet());
        assertEquals(20_000, starts.get("-0.25/1"), 4 * Math.sqrt(10_000), "each observation half the time");
        assertEquals(10_000, starts.get("0.5/0"), 4 * Math.sqrt(10_000 * 0.75));
    }
}
