package dyna.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hashing tile coder's index table: first come, first numbered; once full, collisions spread by hash. */
class TileIndexTest {

    private static int[] tile(int tiling, int x, int y) {
        return new int[] {tiling, x, y};
    }

    /** A table saved before any tile was seen reads back empty, its first tile numbered 0. */
    @Test
    void anEmptyTableReadsBackEmpty() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new TileIndex(10, 3).write(new java.io.DataOutputStream(bytes));
        TileIndex read = new TileIndex(10, 3);
        read.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(0, read.used());
        assertEquals(0, read.indexOf(tile(0, 1, 1)));
    }

    @Test
    void tilesAreNumberedInTheOrderTheyAreFirstSeenAndKeepTheirNumbers() {
        TileIndex index = new TileIndex(100, 3);
        assertEquals(0, index.indexOf(tile(0, 5, 5)));
        assertEquals(1, index.indexOf(tile(0, 5, 6)));
        assertEquals(2, index.indexOf(tile(1, 5, 5)), "another tiling's tile is another tile");
        assertEquals(0, index.indexOf(tile(0, 5, 5)));
        assertEquals(1, index.indexOf(tile(0, 5, 6)));
        assertEquals(3, index.used());
        assertEquals(0, index.collisions());
    }

    /**
     * Once every index is taken, a new tile shares the index its hash picks: collisions spread
     * over the whole table, as tiles3's do, and a tile keeps the index it shares. A table that
     * sent every colliding tile to one index would make the weights of all new tiles one weight.
     */
    @Test
    void onceFullCollidingTilesSpreadOverEveryIndexAndKeepTheirs() {
        int size = 64;
        TileIndex index = new TileIndex(size, 3);
        for (int i = 0; i < size; i++) {
            assertEquals(i, index.indexOf(tile(0, i, 0)));
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Integer> given = new HashMap<>();
        int colliding = 6_400;
        for (int i = 0; i < colliding; i++) {
            int shared = index.indexOf(tile(1, i % 80, i / 80));
            assertTrue(shared >= 0 && shared < size, "index " + shared + " within the table");
            counts.merge(shared, 1, Integer::sum);
            given.put(i, shared);
        }
        assertEquals(size, index.used(), "no index beyond the table's");
        assertEquals(colliding, index.collisions());
        assertEquals(size, counts.size(), "colliding tiles reach every index: " + counts);
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        // 100 tiles per index on average; a fair hash puts at most about 100 + 4 sd (sd 10) on one.
        assertTrue(most < 150, "no index takes a crowd of colliding tiles: " + most + " of " + colliding);
        for (int i = 0; i < colliding; i++) {
            assertEquals(given.get(i), index.indexOf(tile(1, i % 80, i / 80)), "a colliding tile keeps its index");
        }
        for (int i = 0; i < size; i++) {
            assertEquals(i, index.indexOf(tile(0, i, 0)), "tiles numbered before it filled keep theirs");
        }
    }

    /**
     * Once full, a new tile's index is its hash modulo the size: 32-bit FNV-1a over the
     * coordinates, then the mixing steps h ^= h >>> 16, h *= 0x85ebca6b, h ^= h >>> 13. A saved
     * agent keeps the tiles numbered before the table filled, not these, so the hash is part of
     * what it saved: an agent loaded by another version must find the same weights.
     */
    @Test
    void onceFullANewTilesIndexIsItsDocumentedHash() {
        TileIndex index = new TileIndex(10, 3);
        for (int i = 0; i < 10; i++) {
            index.indexOf(tile(0, i, 0));
        }
        for (int i = 0; i < 200; i++) {
            int[] coordinates = tile(2, i, -i);
            int h = 0x811c9dc5;
            for (int c : coordinates) {
                h = (h ^ c) * 0x01000193;
            }
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            assertEquals(Math.floorMod(h, 10), index.indexOf(coordinates), "tile " + java.util.Arrays.toString(
                    coordinates));
        }
    }

    /** A table saved full reads back whole, and a saved table that claims more tiles than it has room for is refused. */
    @Test
    void aFullTableReadsBackAndAnOverfullOneIsRefused() throws Exception {
        TileIndex full = new TileIndex(4, 3);
        for (int i = 0; i < 4; i++) {
            full.indexOf(tile(0, 0, 7 - i));
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        full.write(new java.io.DataOutputStream(bytes));
        TileIndex read = new TileIndex(4, 3);
        read.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(4, read.used());
        for (int i = 0; i < 4; i++) {
            assertEquals(i, read.indexOf(tile(0, 0, 7 - i)));
        }
        TileIndex smaller = new TileIndex(3, 3);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> smaller.read(
                new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))));
    }
}
