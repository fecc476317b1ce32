package dyna.core.features;

import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import dyna.api.space.Box;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Tile coding (Sutton and Barto, section 9.5.4): {@code tilings} grids of {@code tiles} tiles per
 * dimension over the observation box, each offset from the last by 1/{@code tilings} of a tile
 * times the asymmetric displacement (1, 3, 5, ...) per dimension, as in Sutton's tile coder. An
 * observation activates exactly one tile per tiling, each a binary feature. When every tile of
 * every tiling fits in {@code maxSize} features (8 tilings of 8 x 8 tiles over Mountain Car's two
 * dimensions need 8 x 9 x 11 = 792), tiles are numbered densely, by their coordinates; otherwise by a
 * {@link TileIndex} of {@code maxSize} entries that numbers them in order of first sight and,
 * once full, shares indices by hash. Without collisions the numbering does not change what is
 * learned, but which weight stands for which tile does: the index table is saved with an agent.
 * An observation outside the box is first clamped into it.
 */
final class TileCoding implements Features, Savable {

    private final int tilings;
    private final int tiles;
    private final int dimensions;
    private final int maxSize;
    private final double[] low;
    /** Quanta per unit of each dimension: tiles * tilings / (high - low). */
    private final double[] scale;
    /** The largest quantum, tiles * tilings (the high bound). */
    private final int top;
    private final TileIndex index;
    /** For dense numbering, the stride of each coordinate (tiling first), else null. */
    private final int[] strides;
    /** log2(tilings) when tilings is a power of two (division by a shift), else -1. */
    private final int shift;
    private final int[] quantized;
    private final int[] coordinates;

    TileCoding(Box box, int tilings, int tiles, int maxSize) {
        this.tilings = tilings;
        this.tiles = tiles;
        this.dimensions = box.dimensions();
        this.maxSize = maxSize;
        this.low = new double[dimensions];
        this.scale = new double[dimensions];
        this.top = tiles * tilings;
        for (int k = 0; k < dimensions; k++) {
            low[k] = box.low(k);
            scale[k] = top / (box.high(k) - box.low(k));
        }
        this.strides = denseStrides(dimensions, tilings, tiles, maxSize);
        this.index = strides == null ? new TileIndex(maxSize, dimensions + 1) : null;
        this.shift = Integer.bitCount(tilings) == 1 ? Integer.numberOfTrailingZeros(tilings) : -1;
        this.quantized = new int[dimensions];
        this.coordinates = new int[dimensions + 1];
    }

    /**
     * The strides of dense numbering when all tiles fit in {@code maxSize}, else null: coordinate
     * k of tiling t lies in {@code 0 .. floor((tiles * tilings + (tilings - 1)(1 + 2k)) / tilings)}.
     */
    private static int[] denseStrides(int dimensions, int tilings, int tiles, int maxSize) {
        int[] strides = new int[dimensions + 1];
        long total = 1;
        for (int k = dimensions - 1; k >= 0; k--) {
            strides[k + 1] = (int) total;
            long span = ((long) tiles * tilings + (long) (tilings - 1) * (1 + 2 * k)) / tilings + 1;
            total *= span;
            if (total * tilings > maxSize) {
                return null;
            }
        }
        strides[0] = (int) total;
        return strides;
    }

    @Override
    public int size() {
        return maxSize;
    }

    @Override
    public int maxActive() {
        return tilings;
    }

    @Override
    public void encode(int state, double[] observation, FeatureVector out) {
        for (int k = 0; k < dimensions; k++) {
            double q = (observation[k] - low[k]) * scale[k];
            // Clamped into [0, top] first, so the cast truncates a non-negative number: floor.
            quantized[k] = q <= 0 ? 0 : q >= top ? top : (int) q;
        }
        out.clear();
        if (strides != null && shift >= 0 && dimensions == 2) {
            // Two dimensions (Mountain Car's), dense, tilings a power of two: the loop a person
            // would write for this one case.
            int q0 = quantized[0];
            int q1 = quantized[1];
            int tilingStride = strides[0];
            int stride0 = strides[1];
            int stride1 = strides[2];
            for (int t = 0; t < tilings; t++) {
                out.add(t * tilingStride + ((q0 + t) >> shift) * stride0 + ((q1 + 3 * t) >> shift) * stride1, 1.0);
            }
            return;
        }
        if (strides != null && shift >= 0) {
            // Dense numbering with a power-of-two number of tilings, the common case, in registers.
            for (int t = 0; t < tilings; t++) {
                int tile = t * strides[0];
                for (int k = 0; k < dimensions; k++) {
                    tile += ((quantized[k] + t * (1 + 2 * k)) >> shift) * strides[k + 1];
                }
                out.add(tile, 1.0);
            }
            return;
        }
        for (int t = 0; t < tilings; t++) {
            coordinates[0] = t;
            for (int k = 0; k < dimensions; k++) {
                coordinates[k + 1] = Math.floorDiv(quantized[k] + t * (1 + 2 * k), tilings);
            }
            out.add(strides != null ? denseIndex() : index.indexOf(coordinates), 1.0);
        }
    }

    private int denseIndex() {
        int i = 0;
        for (int k = 0; k < coordinates.length; k++) {
            i += coordinates[k] * strides[k];
        }
        return i;
    }

    /** Whether tiles are numbered densely by their coordinates (they all fit), not by the index table. */
    boolean isDense() {
        return strides != null;
    }

    /** The number of tiles numbered so far by the index table (0 when dense). */
    int tilesUsed() {
        return index == null ? 0 : index.used();
    }

    /** How many new tiles had to share an index because the table was full. */
    long collisions() {
        return index == null ? 0 : index.collisions();
    }

    /**
     * Saved as {@code tile-coding/1}: observation dimensions, tilings, tiles and max-size ({@code
     * int}s), then, numbered by the index table, the tiles numbered so far (their count, then each
     * tile's tiling and coordinates as {@code int}s, in the order they were numbered) and the
     * collisions ({@code long}); numbered densely, nothing more, as dense numbers depend on the
     * parameters alone.
     */
    @Override
    public String format() {
        return "tile-coding/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, dimensions, tilings, tiles, maxSize);
        if (index != null) {
            index.write(out);
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "tile coding", List.of("observation dimensions", "tilings", "tiles", "max-size"),
                dimensions, tilings, tiles, maxSize);
        if (index != null) {
            index.read(in);
        }
    }
}
