package dyna.core.analysis;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;

/**
 * The spectral radius ρ(γF^a) of an expectation model's discounted next-feature map, a
 * diagnostic that is never part of learning or planning. Linear Dyna's planning update is a
 * contraction toward its fixed point only when the model's discounted map is stable; Wan et al.
 * (2019, "Planning with expectation models") show that it can diverge otherwise. A value of 1 or
 * more is the warning sign.
 *
 * <p>Estimated by the power method through {@link ExpectationModel#expect}, so that it works for
 * any expectation model, not only the linear one: from a fixed positive start vector v, the
 * growth of ‖F^k v‖ over the second half of {@code iterations} steps (Gelfand's formula
 * ρ = lim ‖F^k‖^{1/k}, taken as a geometric mean so that a complex pair of dominant eigenvalues,
 * whose iterates rotate, is measured too). Deterministic; nothing is allocated per call.
 */
public final class SpectralRadius {

    /** Power-method steps per action: enough for 3 digits on the models of the shipped tasks. */
    public static final int ITERATIONS = 400;

    private final int features;
    private final int iterations;
    private final Transition query;
    private final double[] vector;

    /** For a model over {@code features} features, with {@link #ITERATIONS} steps. */
    public SpectralRadius(int features) {
        this(features, ITERATIONS);
    }

    /** For a model over {@code features} features, with {@code iterations} (at least 2) power-method steps. */
    public SpectralRadius(int features, int iterations) {
        if (features < 1 || iterations < 2) {
            throw new IllegalArgumentException("a spectral radius needs at least 1 feature and 2 iterations, not "
                    + features + " and " + iterations);
        }
        this.features = features;
        this.iterations = iterations;
        this.query = new Transition(0, features);
        this.vector = new double[features];
    }

    /** The largest ρ(γF^a) over the actions {@code 0 .. actions - 1}. */
    public double max(ExpectationModel model, int actions, double discount) {
        double largest = 0;
        for (int a = 0; a < actions; a++) {
            largest = Math.max(largest, of(model, a, discount));
        }
        return largest;
    }

    /** ρ(γF^a) for one action: 0 when F^a maps the start vector to 0. */
    public double of(ExpectationModel model, int action, double discount) {
        for (int i = 0; i < features; i++) {
            vector[i] = 1 + (i % 7) / 7.0;
        }
        double norm = norm(vector);
        double logGrowth = 0;
        int counted = 0;
        for (int k = 0; k < iterations; k++) {
            FeatureVector x = query.start(0, action).features();
            x.clear();
            for (int i = 0; i < features; i++) {
                if (vector[i] != 0) {
                    x.add(i, vector[i] / norm);
                }
            }
            model.expect(query);
            java.util.Arrays.fill(vector, 0);
            FeatureVector next = query.nextFeatures();
            for (int j = 0; j < next.count(); j++) {
                vector[next.index(j)] += next.value(j);
            }
            norm = norm(vector);
            if (norm == 0 || !Double.isFinite(norm)) {
                return norm == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            if (k >= iterations / 2) {
                logGrowth += Math.log(norm);
                counted++;
            }
        }
        return discount * Math.exp(logGrowth / counted);
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
