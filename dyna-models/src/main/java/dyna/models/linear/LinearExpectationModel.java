package dyna.models.linear;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Linear Dyna's model (Sutton, Szepesvári, Geramifard and Bowling 2008): for each action a, a
 * matrix F^a and a vector b^a over the features x, with F^a x ≈ E[x' | x, a] (x' = 0 at
 * termination) and b^a · x ≈ E[r | x, a]. Learned from each real transition either by LMS,
 * <pre>
 *   F^a ← F^a + α_m (x' − F^a x) xᵀ,    b^a ← b^a + α_m (r − b^a · x) x,
 * </pre>
 * which touches only the columns of the active features, or by least squares over all the
 * action's transitions so far ({@link LeastSquaresFit}), refitted when next asked after new
 * data. F is stored by sparse columns, so F x and the LMS step cost what they touch.
 *
 * <p>Saved as {@code linear-expectation/1}: the numbers of features and of actions ({@code
 * int}s) and how it learns ({@code boolean}: true for least squares); then per action, for LMS,
 * F column by column (per column its entry count, then row ({@code int}) and value ({@code
 * double}) of each entry) and b (a {@code double} per feature); for least squares, the sums A
 * and C (n² {@code double}s each, row-major) and d (n).
 */
final class LinearExpectationModel implements ExpectationModel, Savable {

    private final int features;
    private final int actions;
    private final double alpha;
    private final SparseMatrix[] f;
    private final double[][] b;
    private final LeastSquaresFit[] leastSquares;
    private final FeatureVector none = new FeatureVector(1);

    /**
     * @param alpha the LMS step size α_m, or NaN for least squares
     * @param ridge least squares' λ
     */
    LinearExpectationModel(int features, int actions, double alpha, double ridge) {
        this.features = features;
        this.actions = actions;
        this.alpha = alpha;
        this.f = new SparseMatrix[actions];
        this.b = new double[actions][features];
        this.leastSquares = Double.isNaN(alpha) ? new LeastSquaresFit[actions] : null;
        for (int a = 0; a < actions; a++) {
            f[a] = new SparseMatrix(features);
            if (leastSquares != null) {
                leastSquares[a] = new LeastSquaresFit(features, ridge);
            }
        }
    }

    @Override
    public int featureCount() {
        return features;
    }

    @Override
    public void observe(Transition real) {
        int a = real.action();
        FeatureVector x = real.features();
        FeatureVector next = real.terminated() ? none : real.nextFeatures();
        if (leastSquares != null) {
            leastSquares[a].add(x, real.reward(), next);
            return;
        }
        f[a].lms(x, next, alpha);
        double error = real.reward() - dot(b[a], x);
        for (int k = 0; k < x.count(); k++) {
            b[a][x.index(k)] += alpha * error * x.value(k);
        }
    }

    @Override
    public boolean knows(Transition query) {
        return query.action() >= 0 && query.action() < actions;
    }

    @Override
    public void sample(Transition query) {
        throw new UnsupportedOperationException("linear-expectation predicts expected features, not sampled "
                + "observations; plan with a planner that needs expectations (linear-dyna)");
    }

    @Override
    public void expect(Transition query) {
        int a = query.action();
        refitIfStale(a);
        f[a].multiply(query.features(), query.nextFeatures());
        query.outcome(query.nextState(), dot(b[a], query.features()), false, false);
    }

    @Override
    public void predecessors(int i, int action, FeatureVector out) {
        refitIfStale(action);
        f[action].row(i, out);
    }

    /** F^a_ij, for tests and diagnostics. */
    double f(int action, int i, int j) {
        refitIfStale(action);
        return f[action].get(i, j);
    }

    /** b^a_i, for tests and diagnostics. */
    double b(int action, int i) {
        refitIfStale(action);
        return b[action][i];
    }

    private void refitIfStale(int action) {
        if (leastSquares != null && leastSquares[action].stale()) {
            leastSquares[action].refit(f[action], b[action]);
        }
    }

    private static double dot(double[] w, FeatureVector x) {
        double sum = 0;
        for (int k = 0; k < x.count(); k++) {
            sum += w[x.index(k)] * x.value(k);
        }
        return sum;
    }

    @Override
    public String format() {
        return "linear-expectation/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, features, actions);
        out.writeBoolean(leastSquares != null);
        for (int a = 0; a < actions; a++) {
            if (leastSquares != null) {
                leastSquares[a].write(out);
            } else {
                f[a].write(out);
                for (double v : b[a]) {
                    out.writeDouble(v);
                }
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "linear expectation model", List.of("features", "actions"), features, actions);
        boolean savedLeastSquares = in.readBoolean();
        if (savedLeastSquares != (leastSquares != null)) {
            throw new IOException("the saved model learned by " + (savedLeastSquares ? "least squares" : "LMS")
                    + ", this one by " + (leastSquares != null ? "least squares" : "LMS") + " (model-alpha)");
        }
        for (int a = 0; a < actions; a++) {
            if (leastSquares != null) {
                leastSquares[a].read(in);
            } else {
                f[a].read(in);
                for (int i = 0; i < features; i++) {
                    b[a][i] = in.readDouble();
                }
            }
        }
    }
}
