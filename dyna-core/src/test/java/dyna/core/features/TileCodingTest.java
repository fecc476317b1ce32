package dyna.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TileCodingTest {

    private static final Box MOUNTAIN_CAR = new Box(new double[] {-1.2, -0.07}, new double[] {0.5, 0.07});

    private static TileCoding coder(int maxSize) {
        return new TileCoding(MOUNTAIN_CAR, 8, 8, maxSize);
    }

    private static Set<Integer> tiles(Features coder, double x, double v) {
        FeatureVector out = new FeatureVector(coder.maxActive());
        coder.encode(0, new double[] {x, v}, out);
        Set<Integer> tiles = new HashSet<>();
        for (int i = 0; i < out.count(); i++) {
            assertEquals(1.0, out.value(i), "tiles are binary features");
            tiles.add(out.index(i));
        }
        return tiles;
    }

    @Test
    void eachTilingGivesExactlyOneActiveFeature() {
        TileCoding coder = coder(4096);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            double x = -1.2 + 1.7 * random.nextDouble();
            double v = -0.07 + 0.14 * random.nextDouble();
            assertEquals(8, tiles(coder, x, v).size(), "8 distinct tiles, one per tiling, at " + x + ", " + v);
        }
    }

    @Test
    void theSamePointAlwaysGivesTheSameTiles() {
        TileCoding coder = coder(4096);
        Set<Integer> first = tiles(coder, -0.5, 0.01);
        tiles(coder, 0.3, -0.05);
        assertEquals(first, tiles(coder, -0.5, 0.01));
        assertEquals(first, tiles(coder(4096), -0.5, 0.01), "a fresh coder numbers the same first tiles alike");
    }

    @Test
    void nearbyPointsShareMostTilesAndDistantOnesNone() {
        TileCoding coder = coder(4096);
        Set<Integer> here = tiles(coder, -0.5, 0.0);
        Set<Integer> near = tiles(coder, -0.5 + 0.01, 0.0);     // a twentieth of a tile width
        Set<Integer> far = tiles(coder, 0.4, 0.06);
        Set<Integer> shared = new HashSet<>(here);
        shared.retainAll(near);
        assertTrue(shared.size() >= 6, "nearby points share " + shared.size() + " of 8 tiles");
        shared = new HashSet<>(here);
        shared.retainAll(far);
        assertEquals(0, shared.size());
    }

    @Test
    void aFullIndexTableSharesIndicesByHashInsteadOfFailing() {
        TileCoding small = coder(16);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 2000; i++) {
            for (int index : tiles(small, -1.2 + 1.7 * random.nextDouble(), -0.07 + 0.14 * random.nextDouble())) {
                assertTrue(index >= 0 && index < 16, "index " + index + " within max-size");
            }
        }
        assertTrue(!small.isDense() && coder(4096).isDense(), "792 tiles fit in 4096, not in 16");
        assertEquals(16, small.tilesUsed());
        assertTrue(small.collisions() > 0);
        assertNotEquals(0, small.size());
    }

    @Test
    void denseAndHashedNumberingGiveTheSameTilesUpToNaming() {
        // Mountain Car (two dimensions: 8 x 9 x 11 = 792 tiles) and a cube (8 x 9 x 11 x 13).
        sameTilesUpToNaming(MOUNTAIN_CAR, 8, 791);
        assertTrue(new TileCoding(MOUNTAIN_CAR, 8, 8, 792).isDense(), "792 tiles fit exactly in 792");
        sameTilesUpToNaming(new Box(new double[] {0, 0, 0}, new double[] {1, 2, 3}), 8, 10_295);
        sameTilesUpToNaming(new Box(new double[] {0, 0}, new double[] {1, 1}), 6, 593);   // 6 x 9 x 11, not a power of two
    }

    private static void sameTilesUpToNaming(Box box, int tilings, int hashedSize) {
        TileCoding dense = new TileCoding(box, tilings, 8, 1 << 20);
        TileCoding hashed = new TileCoding(box, tilings, 8, hashedSize);
        assertTrue(dense.isDense() && !hashed.isDense(), box + ": dense in 2^20, hashed in " + hashedSize);
        SplittableRandom random = new SplittableRandom(9);
        java.util.Map<Integer, Integer> naming = new java.util.HashMap<>();
        for (int i = 0; i < 5000; i++) {
            double[] point = new double[box.dimensions()];
            for (int k = 0; k < point.length; k++) {
                point[k] = box.low(k) + (box.high(k) - box.low(k)) * random.nextDouble();
            }
            FeatureVector a = new FeatureVector(tilings);
            FeatureVector b = new FeatureVector(tilings);
            dense.encode(0, point, a);
            hashed.encode(0, point, b);
            for (int k = 0; k < tilings; k++) {
                Integer before = naming.putIfAbsent(a.index(k), b.index(k));
                assertEquals(before == null ? b.index(k) : before, b.index(k), "one tile, one name");
            }
        }
        assertEquals(naming.size(), new HashSet<>(naming.values()).size(), "distinct tiles, distinct names");
        assertEquals(0, hashed.collisions(), "the hashed table never filled");
    }

    @Test
    void observationsOutsideTheBoxAreClampedIntoIt() {
        TileCoding coder = coder(4096);
        assertEquals(tiles(coder, 0.5, 0.07), tiles(coder, 9.0, 1.0));
    }

    @Test
    void refusesDiscreteObservationsAndUnboundedBoxes() {
        TileCodingProvider provider = new TileCodingProvider();
        Parameters defaults = Parameters.defaults(provider.parameters());
        IllegalArgumentException discrete = assertThrows(IllegalArgumentException.class, () -> provider.create(defaults,
                new ComponentContext(new Discrete(4), new Discrete(2), new SplittableRandom(1))));
        assertTrue(discrete.getMessage().startsWith("tile-coding encodes box observations"), discrete.getMessage());
        Box unbounded = new Box(new double[] {0}, new double[] {Double.POSITIVE_INFINITY});
        assertThrows(IllegalArgumentException.class, () -> provider.create(defaults,
                new ComponentContext(unbounded, new Discrete(2), new SplittableRandom(1))));
        Features made = provider.create(Parameters.resolve(provider.parameters(), Map.of("tilings", "4")),
                new ComponentContext(MOUNTAIN_CAR, new Discrete(3), new SplittableRandom(1)));
        assertEquals(4, made.maxActive());
        assertEquals(4096, made.size());
    }

    @Test
    void boundsTileAnUnboundedSpaceAndKeepTheSpacesOwnWhereStarred() {
        Box cartPole = new Box(new double[] {-4.8, Double.NEGATIVE_INFINITY, -0.42, Double.NEGATIVE_INFINITY},
                new double[] {4.8, Double.POSITIVE_INFINITY, 0.42, Double.POSITIVE_INFINITY});
        Box tiled = TileBounds.parse("-2.4:2.4, -3:3, *, -3.5:3.5", cartPole, 8, 8);
        assertEquals(new Box(new double[] {-2.4, -3, -0.42, -3.5}, new double[] {2.4, 3, 0.42, 3.5}), tiled);
        assertEquals(MOUNTAIN_CAR, TileBounds.parse("", MOUNTAIN_CAR, 8, 8));
        TileCodingProvider provider = new TileCodingProvider();
        Features made = provider.create(Parameters.resolve(provider.parameters(),
                Map.of("bounds", "-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5")),
                new ComponentContext(cartPole, new Discrete(2), new SplittableRandom(1)));
        FeatureVector out = new FeatureVector(made.maxActive());
        made.encode(0, new double[] {0, 100, 0, -100}, out);
        assertEquals(8, out.count(), "a velocity beyond the bounds is clamped, not refused");
    }

    @Test
    void badBoundsAreRefusedWithTheDimensionNamed() {
        Box cartPole = new Box(new double[] {-4.8, Double.NEGATIVE_INFINITY}, new double[] {4.8, Double.POSITIVE_INFINITY});
        assertEquals("tile-coding needs finite bounds with low < high in every dimension, but dimension 1 has "
                + "[-Infinity, Infinity] (observations: " + cartPole.describe() + "); give them with bounds: \"low:high, ...\"",
                assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("", cartPole, 8, 8)).getMessage());
        assertEquals("tile-coding bounds '-1:1' give 1 dimensions, but observations have 2; write one low:high "
                + "(or *) per dimension", assertThrows(IllegalArgumentException.class,
                        () -> TileBounds.parse("-1:1", cartPole, 8, 8)).getMessage());
        assertEquals("tile-coding bounds: dimension 1 is '3'; write low:high, for example -3:3, or * for the space's own",
                assertThrows(IllegalArgumentException.class,
                        () -> TileBounds.parse("*, 3", cartPole, 8, 8)).getMessage());
        assertEquals("tile-coding bounds: dimension 1 is '-3:x', and 'x' is not a number",
                assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("*, -3:x", cartPole, 8, 8)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("*, 3:-3", cartPole, 8, 8))
                .getMessage().contains("dimension 1 has [3.0, -3.0]"));
    }

    /** Bounds that pass as numbers but would put every observation into one tile are refused. */
    @Test
    void absurdBoundsAreRefusedAndSemicolonsSeparateDimensionsToo() {
        Box cartPole = new Box(new double[] {-4.8, Double.NEGATIVE_INFINITY}, new double[] {4.8, Double.POSITIVE_INFINITY});
        assertEquals(new Box(new double[] {-2.4, -3}, new double[] {2.4, 3}), TileBounds.parse("-2.4:2.4;-3:3", cartPole,
                8, 8), "semicolons, as a command line gives them");
        assertEquals(new Box(new double[] {-4.8, -3}, new double[] {4.8, 3}), TileBounds.parse(" * ; -3:3 ", cartPole,
                8, 8));
        assertEquals("tile-coding bounds: dimension 1 spans [-1.0E308, 1.0E308], wider than a double holds; give "
                + "bounds that cover the observations, not the number line", assertThrows(IllegalArgumentException.class,
                        () -> TileBounds.parse("*, -1e308:1e308", cartPole, 8, 8)).getMessage());
        assertEquals("tile-coding bounds: dimension 0 is [100.0, 200.0], outside the observations' [-4.8, 4.8], so "
                + "every observation would fall into its first or last tile; give bounds that overlap them",
                assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("100:200, -3:3", cartPole, 8, 8))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("*, 1:1.000000000000002",
                cartPole, 8, 8)).getMessage().contains("too narrow to cut into 64 offsets"));
        assertEquals(new Box(new double[] {-4.8, 1}, new double[] {4.8, 1.0000000001}), TileBounds.parse(
                "*, 1:1.0000000001", cartPole, 8, 8), "narrow, but doubles still tell its offsets apart");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("-1:1;-3:3,-4:4", cartPole, 8, 8))
                .getMessage().contains("dimension 1 is '-3:3,-4:4'"), "separators are not mixed");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("*, 2:2", cartPole, 8, 8))
                .getMessage().contains("dimension 1 has [2.0, 2.0]"), "low < high, not low <= high");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("-9:-4.8, -3:3", cartPole, 8, 8))
                .getMessage().contains("outside the observations'"), "bounds ending where the observations start");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TileBounds.parse("4.8:9, -3:3", cartPole, 8, 8))
                .getMessage().contains("outside the observations'"), "bounds starting where the observations end");
    }

    /**
     * Dense numbering is the documented formula, on each of its three paths (two dimensions and a
     * power-of-two number of tilings; any dimensions and a power of two; any number): tiling t's
     * coordinate k is floor((q_k + t(1 + 2k)) / tilings) of the quantum q_k = floor((x_k - low_k)
     * tiles tilings / (high_k - low_k)) clamped into [0, tiles tilings], and the index is t times
     * the tiles of a tiling plus the coordinates by their strides, the last dimension fastest. A
     * saved agent's weights are named by it, so it must not change.
     */
    @Test
    void denseNumberingIsTheDocumentedFormulaOnEveryPath() {
        documentedNumbering(MOUNTAIN_CAR, 8, 8);
        documentedNumbering(new Box(new double[] {0, -1, 2}, new double[] {1, 2, 3}), 4, 5);
        documentedNumbering(new Box(new double[] {0, 0}, new double[] {1, 1}), 6, 8);
    }

    private static void documentedNumbering(Box box, int tilings, int tiles) {
        TileCoding coder = new TileCoding(box, tilings, tiles, 1 << 20);
        assertTrue(coder.isDense());
        int d = box.dimensions();
        int top = tiles * tilings;
        long[] strides = new long[d + 1];
        long total = 1;
        for (int k = d - 1; k >= 0; k--) {
            strides[k + 1] = total;
            total *= (tiles * tilings + (tilings - 1) * (1 + 2 * k)) / tilings + 1;
        }
        strides[0] = total;
        SplittableRandom random = new SplittableRandom(11);
        FeatureVector out = new FeatureVector(tilings);
        for (int i = 0; i < 3000; i++) {
            double[] point = new double[d];
            for (int k = 0; k < d; k++) {
                double width = box.high(k) - box.low(k);
                point[k] = box.low(k) - 0.1 * width + 1.2 * width * random.nextDouble();
            }
            coder.encode(0, point, out);
            assertEquals(tilings, out.count());
            for (int t = 0; t < tilings; t++) {
                long expected = t * strides[0];
                for (int k = 0; k < d; k++) {
                    long q = (long) Math.floor((point[k] - box.low(k)) * top / (box.high(k) - box.low(k)));
                    q = Math.max(0, Math.min(top, q));
                    expected += Math.floorDiv(q + t * (1 + 2 * k), tilings) * strides[k + 1];
                }
                assertEquals(expected, out.index(t), java.util.Arrays.toString(point) + ", tiling " + t);
            }
        }
    }
}
