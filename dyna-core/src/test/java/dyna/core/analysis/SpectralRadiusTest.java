package dyna.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import org.junit.jupiter.api.Test;

class SpectralRadiusTest {

    /** An expectation model with one dense matrix per action. */
    private record DenseModel(double[][]... f) implements ExpectationModel {

        @Override
        public int featureCount() {
            return f[0].length;
        }

        @Override
        public void expect(Transition query) {
            double[][] m = f[query.action()];
            FeatureVector x = query.features();
            FeatureVector out = query.nextFeatures();
            out.clear();
            for (int i = 0; i < m.length; i++) {
                double sum = 0;
                for (int k = 0; k < x.count(); k++) {
                    sum += m[i][x.index(k)] * x.value(k);
                }
                if (sum != 0) {
                    out.add(i, sum);
                }
            }
        }

        @Override
        public void predecessors(int i, int action, FeatureVector out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return true;
        }

        @Override
        public void sample(Transition query) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void isTheLargestEigenvalueModulusTimesTheDiscount() {
        DenseModel model = new DenseModel(new double[][] {{0.9, 0.5, 0}, {0, 0.3, 0}, {0.2, 0, 0.1}});
        assertEquals(0.9 * 0.95, new SpectralRadius(3).of(model, 0, 0.95), 1e-3);
    }

    @Test
    void measuresARotatingComplexPairAndAnUnstableModel() {
        double r = 1.05;
        double c = r * Math.cos(0.7);
        double s = r * Math.sin(0.7);
        DenseModel model = new DenseModel(new double[][] {{0.5, 0}, {0, 0.2}}, new double[][] {{c, -s}, {s, c}});
        SpectralRadius radius = new SpectralRadius(2);
        assertEquals(1.05, radius.of(model, 1, 1.0), 1e-3, "eigenvalues 1.05 e^{±0.7i}");
        assertEquals(1.05, radius.max(model, 2, 1.0), 1e-3);
        assertEquals(0.5, radius.of(model, 0, 1.0), 1e-3);
    }

    @Test
    void isZeroForANilpotentModel() {
        DenseModel model = new DenseModel(new double[][] {{0, 1}, {0, 0}});
        assertEquals(0, new SpectralRadius(2).of(model, 0, 1.0));
    }
}
