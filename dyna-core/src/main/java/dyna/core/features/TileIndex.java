package dyna.core.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The index table of a hashing tile coder (after Sutton's {@code tiles3}): each tile, named by
 * its coordinates (tiling, c_1, ..., c_d), gets the next free index the first time it is seen,
 * so indices depend only on the order in which tiles are first seen and runs are reproducible.
 * Once all {@code size} indices are taken, a new tile shares the index its hash gives (a
 * collision, never an exception). Open addressing over primitive arrays: nothing is allocated
 * per lookup.
 */
final class TileIndex {

    private final int size;
    private final int length;
    private final int[] tuples;
    private final int[] slots;
    private final int mask;
    private int used;
    private long collisions;

    /** A table of {@code size} indices for coordinates of {@code length} numbers each. */
    TileIndex(int size, int length) {
        this.size = size;
        this.length = length;
        this.tuples = new int[Math.multiplyExact(size, length)];
        int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
        this.slots = new int[capacity];
        java.util.Arrays.fill(slots, -1);
        this.mask = capacity - 1;
    }

    /** The index of the tile with these coordinates ({@code length} of them), adding it if new. */
    int indexOf(int[] coordinates) {
        int hash = hash(coordinates);
        int slot = hash & mask;
        while (slots[slot] >= 0) {
            int index = slots[slot];
            if (same(index, coordinates)) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
        if (used == size) {
            collisions++;
            return Math.floorMod(hash, size);
        }
        System.arraycopy(coordinates, 0, tuples, used * length, length);
        slots[slot] = used;
        return used++;
    }

    private boolean same(int index, int[] coordinates) {
        int base = index * length;
        for (int i = 0; i < length; i++) {
            if (tuples[base + i] != coordinates[i]) {
                return false;
            }
        }
        return true;
    }

    private int hash(int[] coordinates) {
        int h = 0x811c9dc5;
        for (int i = 0; i < length; i++) {
            h = (h ^ coordinates[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /** The number of indices taken. */
    int used() {
        return used;
    }

    /** How many lookups of new tiles found the table full and shared an index. */
    long collisions() {
        return collisions;
    }

    /** Writes the tiles numbered so far, in the order they were numbered, and the collisions. */
    void write(DataOutput out) throws IOException {
        out.writeInt(used);
        for (int i = 0; i < used * length; i++) {
            out.writeInt(tuples[i]);
        }
        out.writeLong(collisions);
    }

    /**
     * Replaces this fresh table's tiles with those {@link #write} wrote: each gets its saved index
     * again, and the next new tile the next free one.
     */
    void read(DataInput in) throws IOException {
        int saved = in.readInt();
        if (saved < 0 || saved > size) {
            throw new IOException("the saved tile index holds " + saved + " tiles, more than its " + size + " indices");
        }
        java.util.Arrays.fill(slots, -1);
        used = 0;
        int[] coordinates = new int[length];
        for (int t = 0; t < saved; t++) {
            for (int i = 0; i < length; i++) {
                coordinates[i] = in.readInt();
            }
            if (indexOf(coordinates) != t) {
                throw new IOException("the saved tile index names tile " + java.util.Arrays.toString(coordinates)
                        + " twice");
            }
        }
        long saidCollisions = in.readLong();
        if (saidCollisions < 0) {
            throw new IOException("the saved tile index counts " + saidCollisions + " collisions");
        }
        collisions = saidCollisions;
    }
}
