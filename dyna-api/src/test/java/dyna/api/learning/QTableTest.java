package dyna.api.learning;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

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

    @Test
    void readsBackWhatItWroteAndRefusesATableOfOtherSize() throws IOException {
        QTable q = new QTable(3, 2);
        q.set(0, 1, 0.5);
        q.set(2, 0, -1.25);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        q.write(new DataOutputStream(bytes));
        QTable copy = new QTable(3, 2);
        copy.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "q-table/1");
        assertArrayEquals(q.toArray(), copy.toArray());
        IOException wrong = assertThrows(IOException.class, () -> new QTable(2, 3)
                .read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "q-table/1"));
        assertTrue(wrong.getMessage().contains("the saved Q-table is of 3 states and 2 actions, but this one is of 2 states and 3 actions"), wrong.getMessage());
    }
}
