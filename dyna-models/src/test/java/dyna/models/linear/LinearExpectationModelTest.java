package dyna.models.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** One LMS step from zero on features of values other than 1: b ← α r x and F ← α x' xᵀ, each scaled by the values. */
    @Test
    void lmsStepsScaleWithTheFeaturesValues() {
        LinearExpectationModel model = new LinearExpectationModel(3, 1, 0.1, 0);
        model.observe(transition(3, new double[] {0.5, 2.0, 0}, 0, 4.0, new double[] {0, 0, 3.0}));
        assertEquals(0.1 * 4.0 * 0.5, model.b(0, 0), 1e-12);
        assertEquals(0.1 * 4.0 * 2.0, model.b(0, 1), 1e-12);
        assertEquals(0.0, model.b(0, 2));
        assertEquals(0.1 * 3.0 * 0.5, model.f(0, 2, 0), 1e-12);
        assertEquals(0.1 * 3.0 * 2.0, model.f(0, 2, 1), 1e-12);
        // A second step: the error is r − b·x, with b·x weighted by the values.
        model.observe(transition(3, new double[] {0.5, 2.0, 0}, 0, 4.0, new double[] {0, 0, 3.0}));
        double predicted = 0.2 * 0.5 + 0.8 * 2.0;
        assertEquals(0.2 + 0.1 * (4.0 - predicted) * 0.5, model.b(0, 0), 1e-12);
        assertEquals(0.8 + 0.1 * (4.0 - predicted) * 2.0, model.b(0, 1), 1e-12);
    }

    /** LMS's reward model converges to the least-squares weights of features of several values, not to the rewards. */
    @Test
    void lmsLearnsTheRewardWeightsOfFeaturesWithValuesOtherThanOne() {
        LinearExpectationModel model = new LinearExpectationModel(2, 1, 0.02, 0);
        SplittableRandom random = new SplittableRandom(11);
        for (int t = 0; t < 20_000; t++) {
            // r = 1.5 x_0 − 0.5 x_1 with x drawn from two directions of different lengths.
            double[] x = random.nextBoolean() ? new double[] {2.0, 1.0} : new double[] {0.5, 3.0};
            model.observe(transition(2, x, 0, 1.5 * x[0] - 0.5 * x[1], null));
        }
        assertEquals(1.5, model.b(0, 0), 1e-3);
        assertEquals(-0.5, model.b(0, 1), 1e-3);
    }

    /** Least squares with a ridge: b = (A + λI)⁻¹ d and F = C (A + λI)⁻¹, as the paper's regularized solution. */
    @Test
    void leastSquaresAddsTheRidgeToTheDiagonalOfTheSums() {
        int n = 3;
        double ridge = 0.7;
        LinearExpectationModel model = new LinearExpectationModel(n, 1, Double.NaN, ridge);
        double[][] a = new double[n][n];
        double[][] c = new double[n][n];
        double[] d = new double[n];
        SplittableRandom random = new SplittableRandom(5);
        for (int t = 0; t < 20; t++) {
            double[] x = {1 + random.nextDouble(), random.nextDouble(), 0.5 * random.nextDouble()};
            double[] next = {random.nextDouble(), 0, random.nextDouble()};
            double r = random.nextGaussian();
            model.observe(transition(n, x, 0, r, next));
            for (int i = 0; i < n; i++) {
                d[i] += r * x[i];
                for (int j = 0; j < n; j++) {
                    a[i][j] += x[i] * x[j];
                    c[i][j] += next[i] * x[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            a[i][i] += ridge;
        }
        double[] b = LinearSystem.solve(a, d);
        for (int i = 0; i < n; i++) {
            assertEquals(b[i], model.b(0, i), 1e-10, "b_" + i);
            // Row i of F solves (A + λI) f = row i of C (A is symmetric).
            double[] row = LinearSystem.solve(a, c[i]);
            for (int j = 0; j < n; j++) {
                assertEquals(row[j], model.f(0, i, j), 1e-10, "F_" + i + j);
            }
        }
    }

    /**
     * Where the problem is ill-conditioned, the ridge is what keeps the solution sane: two features
     * that are nearly the same give, without it, weights of opposite sign about a hundred times
     * the reward per unit (fitting the noise along their difference: 100.0 and −99.0 here), and
     * with it the reward shared between them (0.50 and 0.50).
     */
    @Test
    void theRidgeTamesNearlyCollinearFeaturesAndLeavingItOutDoesNot() {
        double[] withRidge = nearlyCollinearRewardWeights(1.0);
        double[] without = nearlyCollinearRewardWeights(0);
        assertEquals(1.0, withRidge[0] + withRidge[1], 0.05, "the reward, 1 per unit of feature, is shared");
        assertTrue(Math.abs(withRidge[0] - withRidge[1]) < 0.1, java.util.Arrays.toString(withRidge));
        assertTrue(Math.abs(without[0]) > 20 && Math.abs(without[1]) > 20 && without[0] * without[1] < 0,
                "without the ridge the weights blow up along the features' difference: "
                        + java.util.Arrays.toString(without));
    }

    private static double[] nearlyCollinearRewardWeights(double ridge) {
        LinearExpectationModel model = new LinearExpectationModel(2, 1, Double.NaN, ridge);
        SplittableRandom random = new SplittableRandom(2);
        for (int t = 0; t < 200; t++) {
            double x = 1 + random.nextDouble();
            double[] features = {x, x * (1 + 1e-6 * random.nextGaussian())};
            model.observe(transition(2, features, 0, features[0] + 0.1 * random.nextGaussian(), null));
        }
        return new double[] {model.b(0, 0), model.b(0, 1)};
    }

    /**
     * Without a ridge, two features that are always equal leave an exact zero on the diagonal of
     * the factored sums (4 − 2·2 here): the fit is refused, naming the feature and the remedy,
     * rather than answering with infinities.
     */
    @Test
    void withoutARidgeCollinearFeaturesAreNamedAsSingular() {
        LinearExpectationModel model = new LinearExpectationModel(2, 1, Double.NaN, 0);
        for (int t = 0; t < 4; t++) {
            model.observe(transition(2, new double[] {1, 1}, 0, 1, new double[] {1, 1}));
        }
        IllegalStateException singular = assertThrows(IllegalStateException.class, () -> model.b(0, 1));
        assertEquals("the least-squares sums are singular at feature 1 (collinear features); give model parameter "
                + "ridge above 0", singular.getMessage());
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

    /**
     * On one-hot features least squares with a ridge counts: b_i = (sum of rewards after i) /
     * (visits of i + λ) and F_ji = (moves i to j) / (visits of i + λ); a feature never seen
     * predicts nothing (the zero vector, reward 0), whatever the ridge.
     */
    @Test
    void leastSquaresOnOneHotFeaturesCountsWithTheRidgeAndLeavesUnseenFeaturesAtZero() {
        double ridge = 0.5;
        LinearExpectationModel model = new LinearExpectationModel(4, 1, Double.NaN, ridge);
        model.observe(transition(4, unit(4, 1), 0, 2, unit(4, 2)));
        model.observe(transition(4, unit(4, 1), 0, 4, unit(4, 3)));
        model.observe(transition(4, unit(4, 1), 0, 0, unit(4, 2)));
        model.observe(transition(4, unit(4, 2), 0, 1, unit(4, 1)));
        assertEquals(6 / 3.5, model.b(0, 1), 1e-12);
        assertEquals(2 / 3.5, model.f(0, 2, 1), 1e-12);
        assertEquals(1 / 3.5, model.f(0, 3, 1), 1e-12);
        assertEquals(1 / 1.5, model.b(0, 2), 1e-12);
        assertEquals(1 / 1.5, model.f(0, 1, 2), 1e-12);
        for (int j = 0; j < 4; j++) {
            assertEquals(0.0, model.f(0, j, 0), "feature 0 was never seen");
            assertEquals(0.0, model.f(0, 0, j));
        }
        assertEquals(0.0, model.b(0, 0));
    }

    /** What least squares answers after more data is refit from all of it: expectations, predecessors and F alike. */
    @Test
    void leastSquaresAnswersFromEverythingObservedSoFar() {
        LinearExpectationModel model = new LinearExpectationModel(3, 1, Double.NaN, 0.1);
        model.observe(transition(3, unit(3, 0), 0, 1, unit(3, 1)));
        FeatureVector predecessors = new FeatureVector(3);
        model.predecessors(2, 0, predecessors);
        assertEquals(0, predecessors.count(), "nothing leads to 2 yet");
        model.observe(transition(3, unit(3, 1), 0, 0, unit(3, 2)));
        model.predecessors(2, 0, predecessors);
        assertEquals(1, predecessors.count(), "1 leads to 2 now");
        assertEquals(1, predecessors.index(0));
        model.observe(transition(3, unit(3, 0), 0, 1, unit(3, 2)));
        assertEquals(1 / 2.1, model.f(0, 2, 0), 1e-12, "F is refit when read");
    }

    /** The expectation is linear: twice a unit vector expects twice its column and twice its reward. */
    @Test
    void anExpectationScalesWithTheFeaturesValues() {
        for (double alpha : new double[] {1.0, Double.NaN}) {
            LinearExpectationModel model = new LinearExpectationModel(3, 1, alpha, 0.1);
            model.observe(transition(3, unit(3, 0), 0, 3, new double[] {0, 0.5, 0.25}));
            Transition once = new Transition(0, 3).start(0, 0);
            once.features().oneHot(0);
            model.expect(once);
            Transition twice = new Transition(0, 3).start(0, 0);
            twice.features().add(0, 2.0);
            model.expect(twice);
            assertEquals(2 * once.reward(), twice.reward(), 1e-12);
            for (int i = 0; i < once.nextFeatures().count(); i++) {
                assertEquals(once.nextFeatures().index(i), twice.nextFeatures().index(i));
                assertEquals(2 * once.nextFeatures().value(i), twice.nextFeatures().value(i), 1e-12, "alpha " + alpha);
            }
            assertEquals(2, once.nextFeatures().count());
        }
    }

    /** A model knows every pair whose action it has (the planner asks before it expects), and no other. */
    @Test
    void itKnowsEveryFeatureVectorUnderItsActionsAndNoOtherAction() {
        LinearExpectationModel model = new LinearExpectationModel(3, 2, 0.5, 0);
        for (int a = -1; a <= 2; a++) {
            assertEquals(a == 0 || a == 1, model.knows(new Transition(0, 3).start(0, a)), "action " + a);
        }
    }

    /**
     * A saved model names its format ("linear-expectation/1", which a saved agent records), and a
     * saved file of the other estimator or naming a row outside the matrix is refused.
     */
    @Test
    void aSavedModelOfTheOtherEstimatorOrADamagedOneIsRefused() throws Exception {
        LinearExpectationModel lms = new LinearExpectationModel(3, 1, 0.5, 0);
        lms.observe(transition(3, unit(3, 0), 0, 3, unit(3, 1)));
        assertEquals("linear-expectation/1", lms.format());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        lms.write(new java.io.DataOutputStream(bytes));
        byte[] saved = bytes.toByteArray();
        java.io.IOException other = assertThrows(java.io.IOException.class, () -> new LinearExpectationModel(3, 1,
                Double.NaN, 0).read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(saved)), lms.format()));
        assertTrue(other.getMessage().contains("learned by LMS, this one by least squares"), other.getMessage());
        LinearExpectationModel copy = new LinearExpectationModel(3, 1, 0.5, 0);
        copy.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(saved)), lms.format());
        assertEquals(lms.f(0, 1, 0), copy.f(0, 1, 0));
        byte[] damaged = saved.clone();
        int row = indexOf(damaged, new byte[] {0, 0, 0, 1, 0, 0, 0, 1});   // column 0: one entry, row 1
        damaged[row + 7] = 3;
        java.io.IOException outside = assertThrows(java.io.IOException.class, () -> new LinearExpectationModel(3, 1,
                0.5, 0).read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(damaged)), lms.format()));
        assertTrue(outside.getMessage().contains("row 3, outside 0..2"), outside.getMessage());
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }
}
