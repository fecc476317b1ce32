package dyna.core.features;

import dyna.api.space.Box;

/**
 * The box that tile coding covers, from its {@code bounds} parameter: one {@code low:high} per
 * observation dimension, separated by commas ({@code "-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5"}) or
 * by semicolons ({@code -2.4:2.4;-3:3;...}, which a command line's {@code --param} does not take
 * for a list of values), where {@code *} keeps the observation space's own bounds of that
 * dimension. Empty for the observation space itself. Observations outside the box are clamped
 * into it, so a box must overlap the observations and its tiles must be wider than the doubles
 * around them are apart.
 */
final class TileBounds {

    private TileBounds() {
    }

    /**
     * The box to tile.
     *
     * @param tiles   tiles per dimension of each tiling
     * @param tilings offset tilings
     * @throws IllegalArgumentException naming the dimension, when the text is malformed, has the
     *                                  wrong number of dimensions, leaves a bound infinite, or
     *                                  gives a box that misses the observations or tiles it finer
     *                                  than doubles resolve
     */
    static Box parse(String text, Box space, int tiles, int tilings) {
        int n = space.dimensions();
        double[] low = new double[n];
        double[] high = new double[n];
        String[] parts = text.isBlank() ? new String[0] : text.split(text.contains(";") ? ";" : ",", -1);
        if (parts.length != 0 && parts.length != n) {
            throw new IllegalArgumentException("tile-coding bounds '" + text + "' give " + parts.length
                    + " dimensions, but observations have " + n + "; write one low:high (or *) per dimension");
        }
        for (int k = 0; k < n; k++) {
            String part = parts.length == 0 ? "*" : parts[k].trim();
            if (part.equals("*")) {
                low[k] = space.low(k);
                high[k] = space.high(k);
            } else {
                String[] ends = part.split(":", -1);
                if (ends.length != 2) {
                    throw new IllegalArgumentException("tile-coding bounds: dimension " + k + " is '" + part
                            + "'; write low:high, for example -3:3, or * for the space's own");
                }
                low[k] = number(ends[0], k, part);
                high[k] = number(ends[1], k, part);
            }
            if (!Double.isFinite(low[k]) || !Double.isFinite(high[k]) || high[k] <= low[k]) {
                throw new IllegalArgumentException("tile-coding needs finite bounds with low < high in every dimension, "
                        + "but dimension " + k + " has [" + low[k] + ", " + high[k] + "] (observations: "
                        + space.describe() + "); give them with bounds: \"low:high, ...\"");
            }
            checkUsable(k, low[k], high[k], space, (double) tiles * tilings);
        }
        return new Box(low, high);
    }

    /** Refuses a dimension whose every observation would fall into one tile, or whose tiles are finer than doubles. */
    private static void checkUsable(int k, double low, double high, Box space, double quanta) {
        String range = "[" + low + ", " + high + "]";
        if (!Double.isFinite(high - low)) {
            throw new IllegalArgumentException("tile-coding bounds: dimension " + k + " spans " + range
                    + ", wider than a double holds; give bounds that cover the observations, not the number line");
        }
        if (high <= space.low(k) || low >= space.high(k)) {
            throw new IllegalArgumentException("tile-coding bounds: dimension " + k + " is " + range + ", outside "
                    + "the observations' [" + space.low(k) + ", " + space.high(k) + "], so every observation would "
                    + "fall into its first or last tile; give bounds that overlap them");
        }
        if ((high - low) / quanta <= Math.ulp(Math.max(Math.abs(low), Math.abs(high)))) {
            throw new IllegalArgumentException("tile-coding bounds: dimension " + k + " is " + range + ", too narrow "
                    + "to cut into " + (long) quanta + " offsets (tiles x tilings) that doubles tell apart");
        }
    }

    private static double number(String text, int k, String part) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tile-coding bounds: dimension " + k + " is '" + part + "', and '"
                    + text.trim() + "' is not a number");
        }
    }
}
