package dyna.testkit;

/**
 * Small dense linear systems for tests: the closed-form solutions (LSTD, a model's fixed point
 * θ = (I − γFᵀ)⁻¹ b, a policy's values) against which a learner or planner is checked.
 */
public final class LinearSystem {

    private LinearSystem() {
    }

    /**
     * Solves {@code matrix · x = rhs} by Gaussian elimination with partial pivoting, leaving both
     * arguments as they were.
     *
     * @throws IllegalArgumentException when the shapes differ or the matrix is singular
     */
    public static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        if (matrix.length != n) {
            throw new IllegalArgumentException("a " + matrix.length + "-row matrix against " + n + " right-hand sides");
        }
        double[][] m = new double[n][];
        double[] y = rhs.clone();
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " columns, not " + n);
            }
            m[i] = matrix[i].clone();
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (m[pivot][c] == 0) {
                throw new IllegalArgumentException("the matrix is singular (column " + c + ")");
            }
            double[] row = m[c];
            m[c] = m[pivot];
            m[pivot] = row;
            double swap = y[c];
            y[c] = y[pivot];
            y[pivot] = swap;
            for (int r = c + 1; r < n; r++) {
                double factor = m[r][c] / m[c][c];
                for (int k = c; k < n; k++) {
                    m[r][k] -= factor * m[c][k];
                }
                y[r] -= factor * y[c];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= m[i][k] * x[k];
            }
            x[i] = sum / m[i][i];
        }
        return x;
    }
}
