package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** seen-pairs over box actions: each real start the model knows is a pair, drawn uniformly; saved and read back whole. */
class SeenBoxPairsTest {

    /** A model that knows everything but the observation 9. */
    private static final Model ALMOST_ALL = new Model() {
        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return query.observation()[0] != 9;
        }

        @Override
        public void sample(Transition query) {
        }
    };

    private static SeenBoxPairs seen(int pairs) {
        SeenBoxPairs control = new SeenBoxPairs(1, 1, ALMOST_ALL, new SplittableRandom(1));
        Transition t = new Transition(1, 1, 1);
        for (int i = 0; i < pairs; i++) {
            control.observe(t.start(new double[] {i}, new double[] {i / 10.0}));
        }
        control.observe(t.start(new double[] {9}, new double[] {0.5}));
        return control;
    }

    @Test
    void drawsTheStartsOfKnownRealTransitionsUniformly() {
        SeenBoxPairs control = seen(3);
        Transition start = new Transition(1, 1, 1);
        Map<Double, Integer> draws = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            assertTrue(control.next(start));
            assertEquals(start.observation()[0] / 10.0, start.actionVector()[0], 0, "a pair as it was taken");
            draws.merge(start.observation()[0], 1, Integer::sum);
        }
        assertEquals(3, draws.size(), "observation 9 is unknown to the model: " + draws);
        draws.values().forEach(n -> assertTrue(Math.abs(n - 1000) < 120, draws.toString()));
        assertFalse(new SeenBoxPairs(1, 1, ALMOST_ALL, new SplittableRandom(1)).next(start), "nothing seen, nothing drawn");
    }

    @Test
    void whatIsSavedIsReadBackWhole() throws Exception {
        SeenBoxPairs control = seen(70);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        control.write(new DataOutputStream(bytes));
        SeenBoxPairs read = new SeenBoxPairs(1, 1, ALMOST_ALL, new SplittableRandom(1));
        read.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), read.format());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(new DataOutputStream(again));
        assertArrayEquals(bytes.toByteArray(), again.toByteArray());
        Transition a = new Transition(1, 1, 1);
        Transition b = new Transition(1, 1, 1);
        SeenBoxPairs fresh = seen(70);
        for (int i = 0; i < 20; i++) {
            fresh.next(a);
            read.next(b);
            assertArrayEquals(a.actionVector(), b.actionVector());
        }
    }
}
