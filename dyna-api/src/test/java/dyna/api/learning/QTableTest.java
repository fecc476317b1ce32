package dyna.api.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QTableTest {

    @Test
    void startsAtZeroAndStoresEachPairApart() {
        QTable q = new QTable(3, 4);
        assertEquals(0.0, q.max(2));
        q.set(1, 2, 0.5);
        q.add(1, 2, 0.25);
        q.set(1, 0, -1);
        assertEquals(0.75, q.get(1, 2));
        assertEquals(0.75, q.max(1));
        assertEquals(0.0, q.max(0));
        double[] row = new double[4];
        q.copyRow(1, row);
        assertArrayEquals(new double[] {-1, 0, 0.75, 0}, row);
    }

    @Test
    void maxOfAllNegativeValuesIsTheLargest() {
        QTable q = new QTable(1, 3);
        q.set(0, 0, -3);
        q.set(0, 1, -1);
        q.set(0, 2, -2);
        assertEquals(-1, q.max(0));
    }
}
