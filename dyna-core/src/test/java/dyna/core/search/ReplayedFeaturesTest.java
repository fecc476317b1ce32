package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Linear Dyna's replay of real starts, and the unit-feature starts of Dyna-Q over features:
 * nothing to hand out before the first real step, and a saved replay is read back only when its
 * counts fit (every edge: a full ring, an empty one, the last slot, a vector filled to its
 * capacity), so a damaged file is refused, never half-read.
 */
class ReplayedFeaturesTest {

    @Test
    void nothingIsHandedOutBeforeTheFirstRealStep() {
        assertFalse(new ReplayedFeatures(4, new SplittableRandom(1)).next(new Transition(0, 3)));
        assertFalse(new UnitFeatures(3, 2, new SplittableRandom(1)).next(new Transition(0, 3)));
    }

    /** A saved replay of capacity 3 whose header says {@code size} kept and {@code next}, and one vector per slot kept. */
    private static byte[] saved(int capacity, int size, int next, int vectorCapacity, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(capacity);
        out.writeInt(size);
        out.writeInt(next);
        for (int i = 0; i < Math.max(size, 0); i++) {
            out.writeInt(1);
            out.writeInt(vectorCapacity);
            out.writeInt(count);
            for (int k = 0; k < count; k++) {
                out.writeInt(k);
                out.writeDouble(0.5 + k);
            }
        }
        return bytes.toByteArray();
    }

    private static ReplayedFeatures read(byte[] bytes) throws IOException {
        ReplayedFeatures replay = new ReplayedFeatures(3, new SplittableRandom(2));
        replay.read(new DataInputStream(new ByteArrayInputStream(bytes)), replay.format());
        return replay;
    }

    @Test
    void aSavedReplayIsReadOnlyWhenItsCountsFit() throws IOException {
        assertFalse(read(saved(3, 0, 0, 2, 2)).next(new Transition(0, 2)), "an empty ring");
        ReplayedFeatures full = read(saved(3, 3, 2, 2, 2));
        Transition start = new Transition(0, 2);
        assertTrue(full.next(start));
        assertEquals(1, start.action());
        assertEquals(2, start.features().count(), "a vector filled to its capacity");
        assertEquals(1.5, start.features().value(1));
        read(saved(3, 1, 0, 1, 0));   // a vector of no active feature

        for (byte[] damaged : new byte[][] {saved(4, 1, 0, 2, 1), saved(3, -1, 0, 2, 1), saved(3, 4, 0, 2, 1),
            saved(3, 1, -1, 2, 1), saved(3, 1, 3, 2, 1)}) {
            assertTrue(assertThrows(IOException.class, () -> read(damaged)).getMessage()
                    .startsWith("the saved replay keeps "));
        }
        for (byte[] damaged : new byte[][] {saved(3, 1, 0, 0, 0), saved(3, 1, 0, 2, 3), saved(3, 1, 0, 2, -1)}) {
            assertTrue(assertThrows(IOException.class, () -> read(damaged)).getMessage()
                    .startsWith("the saved replay has a feature vector of "));
        }
    }
}
