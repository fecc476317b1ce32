package dyna.models.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.env.Transition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;

/** The ensemble's bookkeeping: standardisation by frozen statistics, and the ring of transitions kept. */
class StandardizerTest {

    /**
     * Frozen statistics are the data's mean and population standard deviation; before any
     * freezing, and for a dimension that never varied, standardising changes nothing but the mean.
     */
    @Test
    void standardisingUsesTheFrozenMeanAndPopulationStandardDeviation() {
        Standardizer scale = new Standardizer(2);
        double[] out = new double[2];
        scale.standardize(new double[] {3, -4}, 0, out, 0);
        assertArrayEquals(new double[] {3, -4}, out, 0.0, "nothing frozen yet: the identity");
        double[][] data = {{1, 7}, {2, 7}, {3, 7}, {4, 7}};
        for (double[] x : data) {
            scale.add(new double[] {9, x[0], x[1]}, 1);
        }
        scale.standardize(new double[] {3, -4}, 0, out, 0);
        assertArrayEquals(new double[] {3, -4}, out, 0.0, "added but not frozen: still the identity");
        scale.freeze();
        assertEquals(2.5, scale.mean(0), 1e-15);
        assertEquals(Math.sqrt(1.25), scale.std(0), 1e-15);
        assertEquals(7, scale.mean(1), 1e-15);
        assertEquals(1, scale.std(1), "a constant dimension keeps std 1");
        scale.standardize(new double[] {0, 4, 8}, 1, out, 0);
        assertArrayEquals(new double[] {1.5 / Math.sqrt(1.25), 1}, out, 1e-15);
    }

    /** The buffer keeps the latest transitions in a ring: slots 0, 1, 2, then 0 again; a full ring reads back. */
    @Test
    void transitionsFillARingThatReadsBackFull() throws Exception {
        TransitionData data = new TransitionData(3, 1, 1, false);
        Transition t = new Transition(1);
        int[] slots = new int[5];
        for (int i = 0; i < 5; i++) {
            t.start(new double[] {i}, i % 2);
            t.nextObservation()[0] = i + 0.5;
            t.outcome(i, i == 4, false);
            slots[i] = data.add(t);
        }
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, slots);
        assertEquals(3, data.size());
        assertEquals(0.5, data.targetValues()[0 * 2], 0.0, "the change of the observation, slot 0 (transition 3)");
        assertEquals(3.0, data.targetValues()[0 * 2 + 1], 0.0, "the reward of transition 3");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        data.write(new DataOutputStream(bytes));
        TransitionData read = new TransitionData(3, 1, 1, false);
        read.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(3, read.size());
        assertArrayEquals(data.observations(), read.observations(), 0.0);
        assertEquals(2, read.add(t), "the next slot is where the saved ring left off");
    }

    /** Saved data of capacity 3 whose header says {@code size} transitions and the {@code next} slot. */
    private static byte[] savedData(int size, int next) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(size);
        out.writeInt(next);
        for (int i = 0; i < Math.max(0, size); i++) {
            out.writeDouble(i);
        }
        for (int i = 0; i < Math.max(0, size); i++) {
            out.writeInt(i % 2);
            out.writeBoolean(false);
        }
        for (int i = 0; i < 2 * Math.max(0, size); i++) {
            out.writeDouble(0.5);
        }
        return bytes.toByteArray();
    }

    /** Saved data is read only when its count and next slot fit the ring: empty, full and the last slot do. */
    @Test
    void savedDataIsReadOnlyWhenItFitsTheRing() throws Exception {
        for (int[] fits : new int[][] {{0, 0}, {3, 2}, {2, 2}}) {
            TransitionData read = new TransitionData(3, 1, 1, false);
            read.read(new DataInputStream(new ByteArrayInputStream(savedData(fits[0], fits[1]))));
            assertEquals(fits[0], read.size());
        }
        for (int[] misfit : new int[][] {{-1, 0}, {4, 0}, {1, -1}, {1, 3}}) {
            TransitionData read = new TransitionData(3, 1, 1, false);
            org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> read.read(
                    new DataInputStream(new ByteArrayInputStream(savedData(misfit[0], misfit[1])))),
                    java.util.Arrays.toString(misfit));
        }
    }
}
