package dyna.models.linear;

import dyna.api.learning.FeatureVector;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * An n × n matrix F stored by columns, each column holding only its non-zero entries, with an
 * index of the non-zero columns of each row (the predecessors of a feature). With sparse
 * features (tile coding) a column of F has few entries, so F x and the LMS update cost the
 * entries they touch, not n². Scratch space is owned and reused: nothing is allocated once the
 * columns have grown to their size.
 */
final class SparseMatrix {

    private final int n;
    private final int[][] rows;
    private final double[][] values;
    private final int[] counts;
    private final int[][] predecessors;
    private final int[] predecessorCounts;
    private final double[] dense;
    private final int[] touched;
    private final boolean[] marked;
    private final int[] slot;
    private int touchedCount;

    SparseMatrix(int n) {
        this.n = n;
        this.rows = new int[n][];
        this.values = new double[n][];
        this.counts = new int[n];
        this.predecessors = new int[n][];
        this.predecessorCounts = new int[n];
        this.dense = new double[n];
        this.touched = new int[n];
        this.marked = new boolean[n];
        this.slot = new int[n];
        Arrays.fill(slot, -1);
    }

    /** F_ij. */
    double get(int i, int j) {
        for (int k = 0; k < counts[j]; k++) {
            if (rows[j][k] == i) {
                return values[j][k];
            }
        }
        return 0;
    }

    /** Writes F x into {@code out} (its non-zero entries). */
    void multiply(FeatureVector x, FeatureVector out) {
        if (x.count() == 1) {
            column(x.index(0), x.value(0), out);
            return;
        }
        accumulate(x, 1.0);
        out.clear();
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            if (dense[i] != 0) {
                out.add(i, dense[i]);
            }
        }
        reset();
    }

    /**
     * Writes {@code scale} times column j into {@code out}: F x for a single active feature,
     * without scratch (an entry that LMS brought back to exactly 0 stays, with value 0). For
     * x = e_j the column is lent ({@link FeatureVector#borrow}), not copied: it stays as it is
     * until the next LMS step or refit.
     */
    private void column(int j, double scale, FeatureVector out) {
        if (counts[j] == 0) {
            out.clear();
        } else if (scale == 1.0) {
            out.borrow(rows[j], values[j], counts[j]);
        } else {
            out.set(rows[j], values[j], counts[j], scale);
        }
    }

    /**
     * The LMS step F ← F + α (x' − F x) xᵀ: every column j active in x moves by α x_j times
     * the error vector, whose support is that of x' and of F x.
     */
    void lms(FeatureVector x, FeatureVector next, double alpha) {
        accumulate(x, -1.0);
        for (int k = 0; k < next.count(); k++) {
            touch(next.index(k));
            dense[next.index(k)] += next.value(k);
        }
        for (int k = 0; k < x.count(); k++) {
            addToColumn(x.index(k), alpha * x.value(k));
        }
        reset();
    }

    /** Replaces column j by {@code column} (dense, length n). */
    void setColumn(int j, double[] column) {
        int count = counts[j];
        for (int k = 0; k < count; k++) {
            int i = rows[j][k];
            values[j][k] = column[i];
            slot[i] = k;
        }
        for (int i = 0; i < n; i++) {
            if (column[i] != 0 && slot[i] < 0) {
                append(i, j, column[i]);
            }
        }
        for (int k = 0; k < count; k++) {
            slot[rows[j][k]] = -1;
        }
    }

    /** Writes row i's non-zero columns j with F_ij into {@code out}: the features that precede i. */
    void row(int i, FeatureVector out) {
        out.clear();
        for (int k = 0; k < predecessorCounts[i]; k++) {
            int j = predecessors[i][k];
            double f = get(i, j);
            if (f != 0) {
                out.add(j, f);
            }
        }
    }

    /** Adds {@code scale} times the dense scratch (on its touched entries) to column j. */
    private void addToColumn(int j, double scale) {
        int count = counts[j];
        for (int k = 0; k < count; k++) {
            slot[rows[j][k]] = k;
        }
        for (int t = 0; t < touchedCount; t++) {
            int i = touched[t];
            double delta = scale * dense[i];
            int at = slot[i];
            if (at >= 0) {
                values[j][at] += delta;
            } else if (delta != 0) {
                append(i, j, delta);
            }
        }
        for (int k = 0; k < count; k++) {
            slot[rows[j][k]] = -1;
        }
    }

    private void append(int i, int j, double value) {
        if (rows[j] == null) {
            rows[j] = new int[4];
            values[j] = new double[4];
        } else if (counts[j] == rows[j].length) {
            rows[j] = Arrays.copyOf(rows[j], Math.min(n, rows[j].length * 2));
            values[j] = Arrays.copyOf(values[j], rows[j].length);
        }
        rows[j][counts[j]] = i;
        values[j][counts[j]++] = value;
        if (predecessors[i] == null) {
            predecessors[i] = new int[4];
        } else if (predecessorCounts[i] == predecessors[i].length) {
            predecessors[i] = Arrays.copyOf(predecessors[i], Math.min(n, predecessors[i].length * 2));
        }
        predecessors[i][predecessorCounts[i]++] = j;
    }

    /** Adds {@code sign} · F x into the dense scratch. */
    private void accumulate(FeatureVector x, double sign) {
        for (int k = 0; k < x.count(); k++) {
            int j = x.index(k);
            double xj = sign * x.value(k);
            int[] r = rows[j];
            double[] v = values[j];
            for (int e = 0; e < counts[j]; e++) {
                touch(r[e]);
                dense[r[e]] += xj * v[e];
            }
        }
    }

    private void touch(int i) {
        if (!marked[i]) {
            marked[i] = true;
            touched[touchedCount++] = i;
        }
    }

    private void reset() {
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            dense[i] = 0;
            marked[i] = false;
        }
        touchedCount = 0;
    }

    /** Writes the entries column by column: per column its entry count, then each row and value. */
    void write(DataOutput out) throws IOException {
        for (int j = 0; j < n; j++) {
            out.writeInt(counts[j]);
            for (int k = 0; k < counts[j]; k++) {
                out.writeInt(rows[j][k]);
                out.writeDouble(values[j][k]);
            }
        }
    }

    /** Reads what {@link #write} wrote into this empty matrix. */
    void read(DataInput in) throws IOException {
        for (int j = 0; j < n; j++) {
            int count = in.readInt();
            if (count < 0 || count > n) {
                throw new IOException("the saved matrix has " + count + " entries in a column of " + n);
            }
            for (int k = 0; k < count; k++) {
                int i = in.readInt();
                if (i < 0 || i >= n) {
                    throw new IOException("the saved matrix names row " + i + ", outside 0.." + (n - 1));
                }
                append(i, j, in.readDouble());
            }
        }
    }
}
