package dyna.core.features;

import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.space.Box;

/**
 * Tile coding (Sutton and Barto, section 9.5.4): {@code tilings} grids of {@code tiles} tiles per
 * dimension over the observation box, each offset from the last by 1/{@code tilings} of a tile
 * times the asymmetric displacement (1, 3, 5, ...) per dimension, as in Sutton's tile coder. An
 * observation activates exactly one tile per tiling, each a binary feature; tiles are numbered
 * by a {@link TileIndex} of {@code maxSize} entries. An observation outside the box is first
 * clamped into it.
 */
final class TileCoding implements Features {

    private final int tilings;
    private final int tiles;
    private final int dimensions;
    private final int maxSize;
    private final double[] low;
    private final double[] range;
    private final TileIndex index;
    private final int[] quantized;
    private final int[] coordinates;

    TileCoding(Box box, int tilings, int tiles, int maxSize) {
        this.tilings = tilings;
        this.tiles = tiles;
        this.dimensions = box.dimensions();
        this.maxSize = maxSize;
        this.low = new double[dimensions];
        this.range = new double[dimensions];
        for (int k = 0; k < dimensions; k++) {
            low[k] = box.low(k);
            range[k] = box.high(k) - box.low(k);
        }
        this.index = new TileIndex(maxSize, dimensions + 1);
        this.quantized = new int[dimensions];
        this.coordinates = new int[dimensions + 1];
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
            double unit = (observation[k] - low[k]) / range[k];
            unit = unit < 0 ? 0 : Math.min(unit, 1);
            quantized[k] = (int) Math.floor(unit * tiles * tilings);
        }
        out.clear();
        for (int t = 0; t < tilings; t++) {
            coordinates[0] = t;
            for (int k = 0; k < dimensions; k++) {
                coordinates[k + 1] = Math.floorDiv(quantized[k] + t * (1 + 2 * k), tilings);
            }
            out.add(index.indexOf(coordinates), 1.0);
        }
    }

    /** The number of tiles numbered so far. */
    int tilesUsed() {
        return index.used();
    }

    /** How many new tiles had to share an index because the table was full. */
    long collisions() {
        return index.collisions();
    }
}
