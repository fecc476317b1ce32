package dyna.api.space;

/**
 * The integers {@code 0 .. n-1}.
 *
 * @param n the number of values, at least 1
 */
public record Discrete(int n) implements Space {

    /** Checks that the space is not empty. */
    public Discrete {
        if (n < 1) {
            throw new IllegalArgumentException("a discrete space needs at least 1 value, not " + n);
        }
    }

    /** Whether {@code value} lies in {@code 0 .. n-1}. */
    public boolean contains(int value) {
        return value >= 0 && value < n;
    }

    @Override
    public String describe() {
        return "discrete(" + n + ")";
    }
}
