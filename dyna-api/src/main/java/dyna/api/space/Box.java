package dyna.api.space;

import java.util.Arrays;

/**
 * A product of closed intervals: observations are {@code double[]} of length
 * {@link #dimensions()} with {@code low[i] <= x[i] <= high[i]}.
 */
public final class Box implements Space {

    private final double[] low;
    private final double[] high;

    /** A box with the given bounds, which must have equal lengths and {@code low <= high}. */
    public Box(double[] low, double[] high) {
        if (low.length != high.length || low.length == 0) {
            throw new IllegalArgumentException("a box needs bounds of equal, non-zero length");
        }
        for (int i = 0; i < low.length; i++) {
            if (!(low[i] <= high[i])) {
                throw new IllegalArgumentException("box dimension " + i + ": low " + low[i] + " > high " + high[i]);
            }
        }
        this.low = low.clone();
        this.high = high.clone();
    }

    /** The number of dimensions. */
    public int dimensions() {
        return low.length;
    }

    /** The lower bound of dimension {@code i}. */
    public double low(int i) {
        return low[i];
    }

    /** The upper bound of dimension {@code i}. */
    public double high(int i) {
        return high[i];
    }

    /** Whether {@code x} has the right length and lies within the bounds. */
    public boolean contains(double[] x) {
        if (x.length != low.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= low[i] && x[i] <= high[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String describe() {
        return "box(" + Arrays.toString(low) + ", " + Arrays.toString(high) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Box box && Arrays.equals(low, box.low) && Arrays.equals(high, box.high);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return describe();
    }
}
