package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RecentStatesTest {

    @Test
    void drawsOnlyFromTheLastWindowOfRealTransitions() {
        RecentStates control = new RecentStates(3, 0, new SplittableRandom(1));
        assertFalse(control.next(new Transition()));
        for (int s = 0; s < 10; s++) {
            control.observe(new Transition().start(s, s % 2));
        }
        TreeSet<String> drawn = new TreeSet<>();
        Transition start = new Transition();
        for (int i = 0; i < 300; i++) {
            assertTrue(control.next(start));
            drawn.add(start.state() + "," + start.action());
        }
        assertEquals(new TreeSet<>(java.util.List.of("7,1", "8,0", "9,1")), drawn);
    }

    @Test
    void keepsBoxObservationsByValue() {
        RecentStates control = new RecentStates(2, 2, new SplittableRandom(1));
        double[] observation = {0.5, -0.01};
        control.observe(new Transition(2).start(observation, 2));
        observation[0] = 99;   // the caller's buffer changes; the kept start must not
        Transition start = new Transition(2);
        assertTrue(control.next(start));
        assertArrayEquals(new double[] {0.5, -0.01}, start.observation());
        assertEquals(2, start.action());
    }
}
