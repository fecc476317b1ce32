package dyna.api.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureVectorTest {

    @Test
    void setCopiesScaledEntriesAndKnowsWhetherTheyAreBinary() {
        FeatureVector x = new FeatureVector(4);
        x.add(9, 0.5);
        x.set(new int[] {3, 1, 7}, new double[] {0.5, 0.25, 9}, 2, 2.0);
        assertEquals(2, x.count());
        assertEquals(3, x.index(0));
        assertEquals(1.0, x.value(0));
        assertEquals(1, x.index(1));
        assertEquals(0.5, x.value(1));
        assertFalse(x.binary());
        x.set(new int[] {2}, new double[] {0.5}, 1, 2.0);
        assertTrue(x.binary(), "0.5 * 2 is 1");
        FeatureVector same = new FeatureVector(4);
        same.add(2, 1.0);
        assertEquals(same, x);
        assertThrows(IllegalStateException.class, () -> x.set(new int[5], new double[5], 5, 1.0));
    }

    @Test
    void aBorrowedVectorReadsTheLendersEntriesUntilItsNextWrite() {
        int[] indices = {4, 2, 9};
        double[] values = {0.5, 1.0, 2.0};
        FeatureVector x = new FeatureVector(3);
        x.borrow(indices, values, 2);
        assertEquals(2, x.count());
        assertEquals(4, x.index(0));
        assertEquals(0.5, x.value(0));
        assertFalse(x.binary());
        values[0] = 0.75;
        assertEquals(0.75, x.value(0), "borrowed, not copied");

        x.add(7, 1.0);
        values[0] = 9;
        assertEquals(3, x.count());
        assertEquals(0.75, x.value(0), "a write takes the vector back to its own buffer, with what it read");
        assertEquals(2, x.index(1));
        assertEquals(7, x.index(2));

        FeatureVector copy = new FeatureVector(3);
        x.borrow(indices, values, 1);
        copy.copyFrom(x);
        x.oneHot(5);
        assertEquals(9.0, copy.value(0));
        assertEquals(5, x.index(0));
        assertEquals(4, indices[0], "the lender's arrays are never written");
        x.borrow(indices, values, 3);
        x.copyFrom(x);
        assertEquals(3, x.count());
        assertThrows(IllegalStateException.class, () -> new FeatureVector(2).borrow(indices, values, 3));
    }
}
