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
}
