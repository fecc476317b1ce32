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

    /** A model that knows every action wherever it has been (a neural model does). */
    private static final class Everywhere implements Model {
        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return true;
        }

        @Override
        public void sample(Transition query) {
        }
    }

    /**
     * Where the model knows actions not taken (a model that generalises), every action it knows
     * at a seen observation can start a rollout; where it knows only what was taken, only that.
     */
    @Test
    void anObservationOffersEveryActionTheModelKnowsThere() {
        SeenObservations control = new SeenObservations(1, 3, new Everywhere(), new SplittableRandom(5));
        control.observe(new Transition(1).start(new double[] {0.5}, 1));
        control.observe(new Transition(1).start(new double[] {0.5}, 2));
        Set<String> starts = new HashSet<>();
        Transition start = new Transition(1);
        for (int i = 0; i < 1_000; i++) {
            control.next(start);
            starts.add(Memory.key(start));
        }
        assertEquals(Set.of("0.5/0", "0.5/1", "0.5/2"), starts, "each action once, whichever was taken");
        Memory memory = new Memory();
        SeenObservations taken = new SeenObservations(1, 3, memory, new SplittableRandom(5));
        Transition real = new Transition(1).start(new double[] {0.5}, 1);
        memory.observe(real);
        taken.observe(real);
        starts.clear();
        for (int i = 0; i < 1_000; i++) {
            taken.next(start);
            starts.add(Memory.key(start));
        }
        assertEquals(Set.of("0.5/1"), starts);
    }

    /** A saved list naming an action outside the space is refused; one naming the last action is read. */
    @Test
    void aSavedActionOutsideTheSpaceIsRefused() throws Exception {
        for (int action : new int[] {2, 3}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            SeenObservations source = new SeenObservations(1, 3, new Everywhere(), new SplittableRandom(1));
            source.write(out);   // the sizes, then no observation
            byte[] sizes = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 4);
            java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream data = new java.io.DataOutputStream(file);
            data.write(sizes);
            data.writeInt(1);
            data.writeDouble(0.5);
            data.writeInt(1);
            data.writeInt(action);
            SeenObservations read = new SeenObservations(1, 3, new Everywhere(), new SplittableRandom(1));
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(file.toByteArray()));
            if (action < 3) {
                read.read(in, read.format());
                Transition start = new Transition(1);
                assertTrue(read.next(start));
                assertEquals("0.5/2", Memory.key(start));
            } else {
                java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                        () -> read.read(in, read.format()));
                assertTrue(refused.getMessage().contains("lists action 3 twice or outside 0..2"), refused.getMessage());
            }
        }
        assertEquals("seen-observations/1", new SeenObservations(1, 3, new Everywhere(), new SplittableRandom(1)).format());
    }
}
