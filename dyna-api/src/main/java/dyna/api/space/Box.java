package dyna.api.space;

import java.util.Arrays;
import java.util.List;

/**
 * A product of closed intervals: observations are {@code double[]} of length
 * {@link #dimensions()} with {@code low[i] <= x[i] <= high[i]}. Its dimensions may be named
 * ({@link #named}) for charts and messages; names are labels, not part of a box's equality.
 */
public final class Box implements Space {

    private final double[] low;
    private final double[] high;
    private final List<String> names;

    /** A box with the given bounds, which must have equal lengths and {@code low <= high}. */
    public Box(double[] low, double[] high) {
        this(low, high, List.of());
    }

    private Box(double[] low, double[] high, List<String> names) {
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
        this.names = List.copyOf(names);
    }

    /**
     * This box with a name for each dimension, such as {@code position} and {@code velocity}.
     *
     * @throws IllegalArgumentException unless there is one non-blank name per dimension
     */
    public Box named(String... dimensionNames) {
        if (dimensionNames.length != low.length || Arrays.stream(dimensionNames).anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("a box of " + low.length + " dimensions needs " + low.length
                    + " non-blank names, not " + Arrays.toString(dimensionNames));
        }
        return new Box(low, high, List.of(dimensionNames));
    }

    /** The name of dimension {@code i}: as {@link #named} gave it, else {@code x[i]}. */
    public String name(int i) {
        return names.isEmpty() ? "x[" + i + "]" : names.get(i);
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
