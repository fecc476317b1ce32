package dyna.models.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.testkit.LinearSystem;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearExpectationModelTest {

    /** A transition from features x to x' (empty: terminated) with reward r under action a. */
    private static Transition transition(int n, double[] x, int action, double reward, double[] next) {
        Transition t = new Transition(0, n).start(0, action);
        write(x, t.features());
        if (next == null) {
            t.outcome(0, reward, true, false);
        } else {
            write(next, t.nextFeatures());
            t.outcome(0, reward, false, false);
        }
        return t;
    }

    private static void write(double[] dense, FeatureVector out) {
        out.clear();
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                out.add(i, dense[i]);
            }
        }
    }

    private static double[] unit(int n, int i) {
        double[] e = new double[n];
        e[i] = 1;
        return e;
    }

    @Test
    void lmsWithStepOneOnOneHotFeaturesLearnsADeterministicTransitionAtOnce() {
        LinearExpectationModel model = new LinearExpectationModel(4, 2, 1.0, 0);
        model.observe(transition(4, unit(4, 1), 0, -1, unit(4, 2)));
        model.observe(transition(4, unit(4, 2), 1, 5, null));
        assertEquals(1.0, model.f(0, 2, 1));
        assertEquals(-1.0, model.b(0, 1));
        for (int i = 0; i < 4; i++) {
            assertEquals(0.0, model.f(1, i, 2), "termination predicts the zero vector");
            assertEquals(0.0, model.f(0, i, 0), "columns of inactive features stay empty");
        }
        assertEquals(5.0, model.b(1, 2));
        Transition query = new Transition(0, 4).start(0, 0);
        query.features().oneHot(1);
        model.expect(query);
        assertEquals("{2=1.0}", query.nextFeatures().toString());
        assertEquals(-1.0, query.reward());
        FeatureVector predecessors = new FeatureVector(4);
        model.predecessors(2, 0, predecessors);
        assertEquals("{1=1.0}", predecessors.toString());
    }

    @Test
    void lmsApproachesTheExpectedNextFeaturesOfAStochasticTransition() {
        LinearExpectationModel model = new LinearExpectationModel(3, 1, 0.01, 0);
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < 20_000; t++) {
            boolean first = random.nextDouble() < 0.3;
            model.observe(transition(3, unit(3, 0), 0, first ? 1 : 0, unit(3, first ? 1 : 2)));
        }
        assertEquals(0.3, model.f(0, 1, 0), 0.05);
        assertEquals(0.7, model.f(0, 2, 0), 0.05);
        assertEquals(0.3, model.b(0, 0), 0.05);
    }

    @Test
    void leastSquaresPlansToTheLstdSolutionOfTheSameData() {
        int n = 5;
        double gamma = 0.9;
        LinearExpectationModel model = new LinearExpectationModel(n, 1, Double.NaN, 0);
        SplittableRandom random = new SplittableRandom(3);
        double[][] a = new double[n][n];
        double[] d = new double[n];
        for (int t = 0; t < 400; t++) {
            double[] x = randomFeatures(random, n);
            double[] next = random.nextDouble() < 0.1 ? null : randomFeatures(random, n);
            double r = random.nextGaussian();
            model.observe(transition(n, x, 0, r, next));
            for (int i = 0; i < n; i++) {
                d[i] += x[i] * r;
                for (int j = 0; j < n; j++) {
                    a[i][j] += x[i] * (x[j] - gamma * (next == null ? 0 : next[j]));
                }
            }
        }
        double[] lstd = LinearSystem.solve(a, d);
        // The planning fixed point θ = (I − γFᵀ)⁻¹ b of the fitted model.
        double[][] m = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = model.b(0, i);
            for (int j = 0; j < n; j++) {
                m[i][j] = (i == j ? 1 : 0) - gamma * model.f(0, j, i);
            }
        }
        double[] fixedPoint = LinearSystem.solve(m, b);
        for (int i = 0; i < n; i++) {
            assertEquals(lstd[i], fixedPoint[i], 1e-9 * Math.max(1, Math.abs(lstd[i])), "θ_" + i);
        }
    }

    @Test
    void anExpectationModelDrawsNoSamples() {
        LinearExpectationModel model = new LinearExpectationModel(2, 1, 0.1, 0);
        assertThrows(UnsupportedOperationException.class, () -> model.sample(new Transition(0, 2)));
    }

    private static double[] randomFeatures(SplittableRandom random, int n) {
        double[] x = new double[n];
        for (int k = 0; k < 2; k++) {
            x[random.nextInt(n)] += random.nextDouble();
        }
        return x;
    }
}
