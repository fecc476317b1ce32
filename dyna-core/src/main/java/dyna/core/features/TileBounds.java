package dyna.core.features;

import dyna.api.space.Box;

/**
 * The box that tile coding covers, from its {@code bounds} parameter: one {@code low:high} per
 * observation dimension, separated by commas ({@code "-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5"}),
 * where {@code *} keeps the observation space's own bounds of that dimension. Empty for the
 * observation space itself. Observations outside the box are clamped into it.
 */
final class TileBounds {

    private TileBounds() {
    }

    /**
     * The box to tile.
     *
     * @throws IllegalArgumentException naming the dimension, when the text is malformed, has the
     *                                  wrong number of dimensions, or leaves a bound infinite
     */
    static Box parse(String text, Box space) {
        int n = space.dimensions();
        double[] low = new double[n];
        double[] high = new double[n];
        String[] parts = text.isBlank() ? new String[0] : text.split(",", -1);
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
        }
        return new Box(low, high);
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
