package dyna.api.env;

import java.util.Arrays;

/**
 * Numbers distinct box observations densely, in order of first sight, and finds an
 * observation's number in O(1): what a nonparametric model or a search control needs to treat
 * continuous observations as keys (two observations are the same when every component has the
 * same bits). Storage grows by doubling, so adding is amortised O(1); finding allocates nothing.
 */
public final class ObservationIndex {

    private final int dimensions;
    private double[] observations;
    private int[] slots;
    private int size;

    /** An empty index for observations of {@code dimensions} components. */
    public ObservationIndex(int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("an observation index needs at least one dimension, not " + dimensions);
        }
        this.dimensions = dimensions;
        this.observations = new double[16 * dimensions];
        this.slots = new int[32];
        Arrays.fill(slots, -1);
    }

    /** The number of {@code observation}, or -1 if it has not been added. */
    public int find(double[] observation) {
        int slot = hash(observation) & (slots.length - 1);
        while (slots[slot] >= 0) {
            if (same(slots[slot], observation)) {
                return slots[slot];
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    /** The number of {@code observation}, added (with the next number) if new. */
    public int add(double[] observation) {
        int slot = hash(observation) & (slots.length - 1);
        while (slots[slot] >= 0) {
            if (same(slots[slot], observation)) {
                return slots[slot];
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        if ((size + 1) * dimensions > observations.length) {
            observations = Arrays.copyOf(observations, observations.length * 2);
        }
        System.arraycopy(observation, 0, observations, size * dimensions, dimensions);
        slots[slot] = size;
        size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** The number of distinct observations added. */
    public int size() {
        return size;
    }

    /** Copies observation number {@code index} into {@code out}. */
    public void copy(int index, double[] out) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("observation " + index + " of " + size);
        }
        System.arraycopy(observations, index * dimensions, out, 0, dimensions);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        double[] one = new double[dimensions];
        for (int i = 0; i < size; i++) {
            System.arraycopy(observations, i * dimensions, one, 0, dimensions);
            int slot = hash(one) & (slots.length - 1);
            while (slots[slot] >= 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i;
        }
    }

    private boolean same(int index, double[] observation) {
        int base = index * dimensions;
        for (int k = 0; k < dimensions; k++) {
            if (Double.doubleToLongBits(observations[base + k]) != Double.doubleToLongBits(observation[k])) {
                return false;
            }
        }
        return true;
    }

    private int hash(double[] observation) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < dimensions; k++) {
            h = (h ^ Double.doubleToLongBits(observation[k])) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }
}
