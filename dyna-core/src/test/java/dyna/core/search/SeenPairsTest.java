package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.core.fixtures.RecordingModel;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

class SeenPairsTest {

    private final RecordingModel model = new RecordingModel(4, 3, new ArrayList<>());
    private final SeenPairs control = new SeenPairs(4, 3, model, new SplittableRandom(9));

    private void real(int s, int a) {
        Transition t = new Transition().start(s, a).outcome(1, 0, false, false);
        model.observe(t);
        control.observe(t);
    }

    @Test
    void drawsAStateUniformlyThenAnActionTakenInIt() {
        real(0, 1);
        real(2, 0);
        real(2, 1);
        real(2, 2);
        real(2, 2);
        Map<String, Integer> starts = new HashMap<>();
        Transition start = new Transition();
        int draws = 60_000;
        for (int i = 0; i < draws; i++) {
            assertTrue(control.next(start));
            starts.merge(start.state() + "," + start.action(), 1, Integer::sum);
        }
        assertEquals(4, starts.size(), "only seen pairs are drawn: " + starts);
        // State 0 has one action, state 2 three: (0,1) gets 1/2 of the draws, each (2,a) 1/6.
        assertShare(starts.get("0,1"), draws, 0.5);
        for (int a = 0; a < 3; a++) {
            assertShare(starts.get("2," + a), draws, 1 / 6.0);
        }
    }

    private static void assertShare(int count, int total, double p) {
        double sd = Math.sqrt(total * p * (1 - p));
        assertTrue(Math.abs(count - total * p) < 4 * sd, count + " of " + total + " is not near " + p);
    }

    @Test
    void hasNowhereToStartBeforeAnyRealStep() {
        assertFalse(control.next(new Transition()));
    }

    @Test
    void aSetReadBackDrawsTheSameStartsAsTheSetItWasSavedFromGivenTheSameStream() throws IOException {
        real(2, 1);
        real(0, 1);
        real(2, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        control.write(new DataOutputStream(bytes));
        SeenPairs loaded = new SeenPairs(4, 3, model, new SplittableRandom(9));
        loaded.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "seen-pairs/1");
        Transition a = new Transition();
        Transition b = new Transition();
        for (int i = 0; i < 100; i++) {
            assertTrue(loaded.next(a) && control.next(b));
            assertEquals(b.state() + "," + b.action(), a.state() + "," + a.action());
        }
    }
}
