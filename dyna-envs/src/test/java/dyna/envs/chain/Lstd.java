package dyna.envs.chain;

import dyna.api.env.Outcome;
import dyna.api.env.TransitionTable;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;

/**
 * LSTD in closed form on a true transition table (a test helper): the θ solving
 * Σ_s φ(s) (φ(s) − γ E[φ(S')])ᵀ θ = Σ_s φ(s) E[R] over the non-terminal states of a one-action
 * table, weighted equally, with φ = 0 after termination.
 */
final class Lstd {

    private Lstd() {
    }

    static double[] solve(TransitionTable table, Features features, double gamma) {
        int n = features.size();
        double[][] a = new double[n][n];
        double[] b = new double[n];
        FeatureVector x = new FeatureVector(features.maxActive());
        FeatureVector next = new FeatureVector(features.maxActive());
        for (int s = 0; s < table.stateCount(); s++) {
            if (table.outcomes(s, 0).isEmpty()) {
                continue;
            }
            features.encode(s, null, x);
            double[] expectedNext = new double[n];
            double expectedReward = 0;
            for (Outcome outcome : table.outcomes(s, 0)) {
                expectedReward += outcome.probability() * outcome.reward();
                if (!outcome.terminated()) {
                    features.encode(outcome.nextState(), null, next);
                    for (int k = 0; k < next.count(); k++) {
                        expectedNext[next.index(k)] += outcome.probability() * next.value(k);
                    }
                }
            }
            for (int i = 0; i < x.count(); i++) {
                int row = x.index(i);
                for (int j = 0; j < n; j++) {
                    a[row][j] -= x.value(i) * gamma * expectedNext[j];
                }
                for (int j = 0; j < x.count(); j++) {
                    a[row][x.index(j)] += x.value(i) * x.value(j);
                }
                b[row] += x.value(i) * expectedReward;
            }
        }
        return gauss(a, b);
    }

    /** Solves a θ = b by Gaussian elimination with partial pivoting. */
    private static double[] gauss(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] row = a[c];
            a[c] = a[pivot];
            a[pivot] = row;
            double t = b[c];
            b[c] = b[pivot];
            b[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int k = r + 1; k < n; k++) {
                sum -= a[r][k] * x[k];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }
}
