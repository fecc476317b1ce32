package dyna.models.linear;

import dyna.api.learning.FeatureVector;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The least-squares expectation model of one action, from sums over its real transitions:
 * A = Σ x xᵀ, C = Σ x' xᵀ and d = Σ r x give F = C (A + λI)⁻¹ and b = (A + λI)⁻¹ d, the
 * model whose planning fixed point is the LSTD solution of the same data (Sutton et al. 2008,
 * section 4). Features never active get no ridge of their own but a unit pivot, so that λ = 0
 * works once the active features' sums are non-singular. The sums are dense (n² per action) and
 * a refit costs O(n³): meant for feature sets of up to a few hundred features.
 */
final class LeastSquaresFit {

    private final int n;
    private final double ridge;
    private final double[] a;
    private final double[] c;
    private final double[] d;
    private final double[] m;
    private final double[] column;
    private final double[] solution;
    private final double[] rowsOfF;
    private boolean stale;

    LeastSquaresFit(int n, double ridge) {
        this.n = n;
        this.ridge = ridge;
        this.a = new double[n * n];
        this.c = new double[n * n];
        this.d = new double[n];
        this.m = new double[n * n];
        this.column = new double[n];
        this.solution = new double[n];
        this.rowsOfF = new double[n * n];
    }

    /** Adds one transition x → (r, x'), x' empty at termination. */
    void add(FeatureVector x, double reward, FeatureVector next) {
        for (int p = 0; p < x.count(); p++) {
            int j = x.index(p);
            double xj = x.value(p);
            for (int q = 0; q < x.count(); q++) {
                a[x.index(q) * n + j] += x.value(q) * xj;
            }
            for (int q = 0; q < next.count(); q++) {
                c[next.index(q) * n + j] += next.value(q) * xj;
            }
            d[j] += reward * xj;
        }
        stale = true;
    }

    /** Whether transitions arrived since the last {@link #refit}. */
    boolean stale() {
        return stale;
    }

    /**
     * Solves for F and b and writes them: F column by column into {@code f}, b into {@code b}.
     *
     * @throws IllegalStateException when A + λI is not positive definite (λ = 0 on collinear features)
     */
    void refit(SparseMatrix f, double[] b) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i * n + j] = a[i * n + j];
            }
            m[i * n + i] += a[i * n + i] == 0 ? 1 : ridge;
        }
        cholesky();
        solve(d, b);
        // F M = C, so row i of F solves M f = (row i of C); gather F by rows, then store by columns.
        for (int i = 0; i < n; i++) {
            System.arraycopy(c, i * n, column, 0, n);
            solve(column, solution);
            System.arraycopy(solution, 0, rowsOfF, i * n, n);
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = rowsOfF[i * n + j];
            }
            f.setColumn(j, column);
        }
        stale = false;
    }

    /** In-place Cholesky factor L (lower triangle of {@code m}) of M = L Lᵀ. */
    private void cholesky() {
        for (int j = 0; j < n; j++) {
            double diagonal = m[j * n + j];
            for (int k = 0; k < j; k++) {
                diagonal -= m[j * n + k] * m[j * n + k];
            }
            if (!(diagonal > 0)) {
                throw new IllegalStateException("the least-squares sums are singular at feature " + j
                        + " (collinear features); give model parameter ridge above 0");
            }
            double l = Math.sqrt(diagonal);
            m[j * n + j] = l;
            for (int i = j + 1; i < n; i++) {
                double sum = m[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= m[i * n + k] * m[j * n + k];
                }
                m[i * n + j] = sum / l;
            }
        }
    }

    /** Solves L Lᵀ y = rhs. */
    private void solve(double[] rhs, double[] y) {
        for (int i = 0; i < n; i++) {
            double sum = rhs[i];
            for (int k = 0; k < i; k++) {
                sum -= m[i * n + k] * y[k];
            }
            y[i] = sum / m[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= m[k * n + i] * y[k];
            }
            y[i] = sum / m[i * n + i];
        }
    }

    /** Writes the sums A, C and d. */
    void write(DataOutput out) throws IOException {
        for (double[] sums : new double[][] {a, c, d}) {
            for (double v : sums) {
                out.writeDouble(v);
            }
        }
    }

    /** Reads the sums {@link #write} wrote; the next question refits. */
    void read(DataInput in) throws IOException {
        for (double[] sums : new double[][] {a, c, d}) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] = in.readDouble();
            }
        }
        stale = true;
    }
}
