package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Seen pairs in order of first sight, with byte-sized and int-sized actions alike. */
class SeenPairSetTest {

    private static void check(int actions) {
        SeenPairSet set = new SeenPairSet(5, actions);
        set.add(3, actions - 1);
        set.add(1, 0);
        set.add(3, 2);
        set.add(3, actions - 1);   // again: no change
        assertEquals(2, set.stateCount());
        assertEquals(3, set.state(0), "states in order of first sight");
        assertEquals(1, set.state(1));
        assertEquals(2, set.actionCount(3));
        assertEquals(actions - 1, set.action(3, 0), "actions in order of first sight");
        assertEquals(2, set.action(3, 1));
        assertTrue(set.contains(3, 2) && set.contains(1, 0) && set.contains(3, actions - 1));
        assertFalse(set.contains(1, 2) || set.contains(0, 0) || set.contains(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> set.action(3, 2));
    }

    @Test
    void fewActionsAreKeptInBytes() {
        check(4);
        check(127);
    }

    @Test
    void manyActionsAreKeptInInts() {
        check(128);
        check(1000);
    }
}
