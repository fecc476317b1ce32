package dyna.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A tensor of doubles of shape {@code [members, rows, cols]}: a batch of rows of features
 * ({@code members} 1), or an ensemble of such batches, one per member. Values are stored row by
 * row, member after member. A tensor that takes part in a backward pass has a gradient of the
 * same shape, which backward passes add to (so a tensor used twice gets both contributions).
 */
public final class Tensor {

    private final int members;
    private final int rows;
    private final int cols;
    private final double[] data;
    private double[] grad;
    private boolean tracked;

    private Tensor(int members, int rows, int cols, double[] data) {
        if (members < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a tensor's shape must be positive, not [" + members + ", " + rows + ", "
                    + cols + "]");
        }
        if (data.length != members * rows * cols) {
            throw new IllegalArgumentException(data.length + " values for a tensor of shape [" + members + ", " + rows
                    + ", " + cols + "]");
        }
        this.members = members;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A tensor of zeros of shape {@code [members, rows, cols]}. */
    public static Tensor zeros(int members, int rows, int cols) {
        return new Tensor(members, rows, cols, new double[members * rows * cols]);
    }

    /** A {@code rows x cols} matrix of zeros. */
    public static Tensor zeros(int rows, int cols) {
        return zeros(1, rows, cols);
    }

    /** A {@code rows x cols} matrix of these values, row by row (the array is used, not copied). */
    public static Tensor of(int rows, int cols, double... values) {
        return new Tensor(1, rows, cols, values);
    }

    /**
     * A tensor of shape {@code [members, rows, cols]} of these values, member by member (the
     * array is used, not copied). (Not an overload of {@link #of}: {@code of(1, 3, 1, 2, 3)} would
     * be ambiguous to read.)
     */
    public static Tensor ofMembers(int members, int rows, int cols, double... values) {
        return new Tensor(members, rows, cols, values);
    }

    /** A single number, shape {@code [1, 1, 1]}. */
    public static Tensor scalar(double value) {
        return of(1, 1, value);
    }

    /** A tensor of standard normal values times {@code scale}, drawn from {@code random}. */
    public static Tensor normal(int members, int rows, int cols, double scale, RandomGenerator random) {
        double[] values = new double[members * rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = scale * random.nextGaussian();
        }
        return new Tensor(members, rows, cols, values);
    }

    /** Members (1 for a plain batch). */
    public int members() {
        return members;
    }

    /** Rows per member (the batch). */
    public int rows() {
        return rows;
    }

    /** Columns (the features). */
    public int cols() {
        return cols;
    }

    /** How many values. */
    public int size() {
        return data.length;
    }

    /** The values, member by member, row by row: the tensor's own array. */
    public double[] data() {
        return data;
    }

    /** The value at {@code [member, row, col]}. */
    public double get(int member, int row, int col) {
        return data[(member * rows + row) * cols + col];
    }

    /** The value at {@code [0, row, col]}. */
    public double get(int row, int col) {
        return get(0, row, col);
    }

    /** The single value of a tensor of shape {@code [1, 1, 1]}. */
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() of a tensor of shape " + shape() + "; it has " + data.length
                    + " values");
        }
        return data[0];
    }

    /** The gradient, allocated (as zeros) on first use: the tensor's own array. */
    public double[] grad() {
        if (grad == null) {
            grad = new double[data.length];
        }
        return grad;
    }

    /**
     * Marks this tensor as one whose gradient is wanted (a parameter, or an input being checked):
     * the tape records the operations on it and on what is computed from it.
     *
     * @return this tensor
     */
    public Tensor requireGrad() {
        tracked = true;
        return this;
    }

    /** Zeros the values and any gradient, unmarked: for a tape reusing a result's arrays. */
    Tensor reset() {
        Arrays.fill(data, 0);
        if (grad != null) {
            Arrays.fill(grad, 0);
        }
        tracked = false;
        return this;
    }

    /** Marks or unmarks this tensor as wanting gradients. */
    Tensor tracked(boolean wanted) {
        tracked = wanted;
        return this;
    }

    /** Whether gradients flow to this tensor: it was marked, or computed from one that was. */
    public boolean tracked() {
        return tracked;
    }

    /** Whether a backward pass has given this tensor a gradient. */
    public boolean hasGrad() {
        return grad != null;
    }

    /** Sets the gradient to zero, keeping its array. */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad, 0);
        }
    }

    /** {@code [members, rows, cols]}. */
    public String shape() {
        return "[" + members + ", " + rows + ", " + cols + "]";
    }

    /** Whether the two have the same shape. */
    boolean sameShape(Tensor other) {
        return members == other.members && rows == other.rows && cols == other.cols;
    }

    @Override
    public String toString() {
        return "Tensor" + shape() + (data.length <= 8 ? Arrays.toString(data) : "");
    }
}
