package dyna.app.bench;

import java.util.SplittableRandom;

/**
 * The baseline for Linear Dyna's planning loop as a researcher would write it for one
 * experiment, for Mountain Car's three actions: F^a stored as sparse columns in plain arrays, b^a
 * dense, the weights interleaved by feature ({@code w[i * 3 + a]}, so that one pass over x̄'
 * gives all three action values in three registers), the (feature, action) pairs seen so far in
 * one int array, and Q-learning on unit feature vectors: pick a seen (i, a) at random;
 * r̄ = b^a_i, x̄' = F^a e_i (column i); w_a[i] += α (r̄ + γ max_a' w_a' · x̄' − w_a[i]).
 */
final class HandWrittenLinearDyna {

    private final int actions;
    private final int[][][] columnIndex;
    private final double[][][] columnValue;
    private final double[][] b;
    private final double[] w;
    private final int[] pairs;
    private final double alpha;
    private final double gamma;
    private final SplittableRandom random;

    /**
     * @param columnIndex {@code [a][i]}: the rows of the non-zeros of column i of F^a
     * @param columnValue {@code [a][i]}: their values
     * @param b           {@code [a][i]}
     * @param pairs       the seen pairs, each {@code i * actions + a}
     */
    HandWrittenLinearDyna(int[][][] columnIndex, double[][][] columnValue, double[][] b, int[] pairs, double alpha,
            double gamma, long seed) {
        this.actions = b.length;
        if (actions != 3) {
            throw new IllegalArgumentException("the hand-written loop is written for three actions, not " + actions);
        }
        this.columnIndex = columnIndex;
        this.columnValue = columnValue;
        this.b = b;
        this.w = new double[actions * b[0].length];
        this.pairs = pairs;
        this.alpha = alpha;
        this.gamma = gamma;
        this.random = new SplittableRandom(seed);
    }

    /** Makes {@code updates} planning updates. */
    void plan(long updates) {
        for (long u = 0; u < updates; u++) {
            int pair = pairs[random.nextInt(pairs.length)];
            int i = pair / actions;
            int a = pair % actions;
            int[] rows = columnIndex[a][i];
            double[] values = columnValue[a][i];
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            for (int k = 0; k < rows.length; k++) {
                int base = rows[k] * 3;
                double v = values[k];
                q0 += w[base] * v;
                q1 += w[base + 1] * v;
                q2 += w[base + 2] * v;
            }
            double best = Math.max(q0, Math.max(q1, q2));
            w[i * 3 + a] += alpha * (b[a][i] + gamma * best - w[i * 3 + a]);
        }
    }

    /** A sum of the weights, so that the work cannot be optimised away. */
    double checksum() {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        return sum;
    }
}
