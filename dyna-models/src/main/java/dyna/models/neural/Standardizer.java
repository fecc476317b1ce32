package dyna.models.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Running mean and variance of vectors (Welford's algorithm), and a frozen copy of them that a
 * network is trained and queried with: inputs and targets are standardised as (x − mean) / std.
 * The copy is taken when training starts, so that a prediction always uses the statistics its
 * weights were fitted to.
 */
final class Standardizer {

    private static final double MIN_STD = 1e-8;

    private final int dimensions;
    private final double[] runningMean;
    private final double[] runningSquares;
    private long count;
    private final double[] mean;
    private final double[] std;

    Standardizer(int dimensions) {
        this.dimensions = dimensions;
        this.runningMean = new double[dimensions];
        this.runningSquares = new double[dimensions];
        this.mean = new double[dimensions];
        this.std = new double[dimensions];
        java.util.Arrays.fill(std, 1.0);
    }

    /** Adds {@code x[offset .. offset + dimensions)} to the running statistics. */
    void add(double[] x, int offset) {
        count++;
        for (int k = 0; k < dimensions; k++) {
            double delta = x[offset + k] - runningMean[k];
            runningMean[k] += delta / count;
            runningSquares[k] += delta * (x[offset + k] - runningMean[k]);
        }
    }

    /** Freezes the running statistics for standardising (a dimension that never varied keeps std 1). */
    void freeze() {
        for (int k = 0; k < dimensions; k++) {
            mean[k] = runningMean[k];
            double variance = count > 1 ? runningSquares[k] / count : 0;
            std[k] = variance > MIN_STD * MIN_STD ? Math.sqrt(variance) : 1.0;
        }
    }

    /** Writes the standardised {@code x[from ..]} into {@code out[to ..]}. */
    void standardize(double[] x, int from, double[] out, int to) {
        for (int k = 0; k < dimensions; k++) {
            out[to + k] = (x[from + k] - mean[k]) / std[k];
        }
    }

    /** The frozen mean of dimension {@code k}. */
    double mean(int k) {
        return mean[k];
    }

    /** The frozen standard deviation of dimension {@code k}. */
    double std(int k) {
        return std[k];
    }

    /** Writes the running statistics and the frozen ones. */
    void write(DataOutput out) throws IOException {
        out.writeLong(count);
        for (double[] values : new double[][] {runningMean, runningSquares, mean, std}) {
            SavedArrays.write(out, values, dimensions);
        }
    }

    /** Reads what {@link #write} wrote. */
    void read(DataInput in) throws IOException {
        count = in.readLong();
        for (double[] values : new double[][] {runningMean, runningSquares, mean, std}) {
            SavedArrays.read(in, values, dimensions);
        }
    }
}
