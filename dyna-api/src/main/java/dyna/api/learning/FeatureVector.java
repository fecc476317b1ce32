package dyna.api.learning;

import java.util.Arrays;

/**
 * A sparse feature vector x(s): the indices of its active features and their values, in a
 * buffer the caller owns, so that encoding an observation allocates nothing. A discrete state
 * under one-hot features is one index with value 1; tile coding gives one index per tiling.
 * A model may lend it a vector it stores ({@link #borrow}) instead of copying it; the vector
 * takes its own buffer back at its next write.
 */
public final class FeatureVector {

    private final int[] ownIndices;
    private final double[] ownValues;
    /** The entries read: the vector's own arrays, or arrays lent by {@link #borrow} until the next write. */
    private int[] indices;
    private double[] values;
    private int count;
    private boolean binary = true;

    /** An empty vector with room for {@code capacity} active features. */
    public FeatureVector(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a feature vector needs room for at least one feature, not " + capacity);
        }
        this.ownIndices = new int[capacity];
        this.ownValues = new double[capacity];
        this.indices = ownIndices;
        this.values = ownValues;
    }

    /** Empties the vector. */
    public void clear() {
        indices = ownIndices;
        values = ownValues;
        count = 0;
        binary = true;
    }

    /**
     * Adds an active feature.
     *
     * @throws IllegalStateException when the vector is full (a feature constructor that gives
     *                               more than its {@code maxActive()})
     */
    public void add(int index, double value) {
        if (indices != ownIndices) {
            System.arraycopy(indices, 0, ownIndices, 0, count);
            System.arraycopy(values, 0, ownValues, 0, count);
            indices = ownIndices;
            values = ownValues;
        }
        if (count == indices.length) {
            throw new IllegalStateException("more than " + indices.length + " active features");
        }
        indices[count] = index;
        values[count] = value;
        binary &= value == 1.0;
        count++;
    }

    /** Makes this the one-hot vector of {@code index} (value 1). */
    public void oneHot(int index) {
        indices = ownIndices;
        values = ownValues;
        indices[0] = index;
        values[0] = 1.0;
        count = 1;
        binary = true;
    }

    /** The number of active features. */
    public int count() {
        return count;
    }

    /** The index of the {@code i}-th active feature. */
    public int index(int i) {
        return indices[i];
    }

    /** The value of the {@code i}-th active feature. */
    public double value(int i) {
        return values[i];
    }

    /** Whether every active feature has the value 1 (as tiles and one-hot features do), so that sums need no products. */
    public boolean binary() {
        return binary;
    }

    /** The room for active features. */
    public int capacity() {
        return ownIndices.length;
    }

    /**
     * Makes this the vector of the first {@code count} entries of {@code indices} and
     * {@code values}, each value times {@code scale}: a bulk copy for a model that stores
     * vectors (a column of a sparse matrix) in arrays of its own. The indices must be distinct.
     *
     * @throws IllegalStateException when {@code count} exceeds the capacity
     */
    public void set(int[] indices, double[] values, int count, double scale) {
        if (count > ownIndices.length) {
            throw new IllegalStateException(count + " active features do not fit in " + ownIndices.length);
        }
        this.indices = ownIndices;
        this.values = ownValues;
        System.arraycopy(indices, 0, this.indices, 0, count);
        if (scale == 1.0) {
            System.arraycopy(values, 0, this.values, 0, count);
        } else {
            for (int k = 0; k < count; k++) {
                this.values[k] = values[k] * scale;
            }
        }
        this.count = count;
        this.binary = allOnes(this.values, count);
    }

    /**
     * Makes this vector read the first {@code count} entries of {@code indices} and
     * {@code values} where they are, without copying them, until it is next written (any write
     * first takes it back to its own buffer). For a model that answers with a vector it stores
     * (a column of F^a): the lender must not change those entries while the vector may still be
     * read, which for {@link dyna.api.model.ExpectationModel#expect} means until the model next
     * learns. The indices must be distinct.
     *
     * @throws IllegalStateException when {@code count} exceeds this vector's capacity
     */
    public void borrow(int[] indices, double[] values, int count) {
        if (count > ownIndices.length) {
            throw new IllegalStateException(count + " active features do not fit in " + ownIndices.length);
        }
        this.indices = indices;
        this.values = values;
        this.count = count;
        this.binary = allOnes(values, count);
    }

    private static boolean allOnes(double[] values, int count) {
        for (int k = 0; k < count; k++) {
            if (values[k] != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Makes this a copy of {@code other}, which must fit. */
    public void copyFrom(FeatureVector other) {
        if (other == this) {
            return;
        }
        if (other.count > ownIndices.length) {
            throw new IllegalStateException(other.count + " active features do not fit in " + ownIndices.length);
        }
        indices = ownIndices;
        values = ownValues;
        System.arraycopy(other.indices, 0, indices, 0, other.count);
        System.arraycopy(other.values, 0, values, 0, other.count);
        count = other.count;
        binary = other.binary;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ", ").append(indices[i]).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector f && f.count == count
                && Arrays.equals(indices, 0, count, f.indices, 0, count)
                && Arrays.equals(values, 0, count, f.values, 0, count);
    }

    @Override
    public int hashCode() {
        int h = count;
        for (int i = 0; i < count; i++) {
            h = 31 * h + indices[i];
        }
        return h;
    }
}
