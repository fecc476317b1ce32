package dyna.core.values;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dyna.api.learning.FeatureVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Linear action values: q(x, a) = w_a . x, learned by w_a += step x. Checked against a dense
 * computation for every path (binary and valued features; two, three and other numbers of
 * actions), with the greedy value the largest of them.
 */
class LinearValuesTest {

    private static final int FEATURES = 6;

    private static FeatureVector features(SplittableRandom random, boolean binary, double[] dense) {
        FeatureVector x = new FeatureVector(FEATURES);
        java.util.Arrays.fill(dense, 0);
        for (int i = 0; i < FEATURES; i++) {
            if (random.nextInt(2) == 0) {
                double value = binary ? 1 : random.nextDouble(-2, 2);
                x.add(i, value);
                dense[i] = value;
            }
        }
        return x;
    }

    @Test
    void valuesAreTheWeightsTimesTheFeaturesOnEveryPath() {
        for (int actions = 1; actions <= 4; actions++) {
            for (boolean binary : new boolean[] {true, false}) {
                LinearValues values = new LinearValues(FEATURES, actions);
                double[][] w = new double[actions][FEATURES];
                SplittableRandom random = new SplittableRandom(actions * 2L + (binary ? 1 : 0));
                double[] dense = new double[FEATURES];
                for (int step = 0; step < 50; step++) {
                    FeatureVector x = features(random, binary, dense);
                    int a = random.nextInt(actions);
                    double size = random.nextGaussian();
                    values.add(x, a, size);
                    for (int i = 0; i < FEATURES; i++) {
                        w[a][i] += size * dense[i];
                    }
                    FeatureVector probe = features(random, binary, dense);
                    double[] expected = new double[actions];
                    double best = Double.NEGATIVE_INFINITY;
                    for (int b = 0; b < actions; b++) {
                        for (int i = 0; i < FEATURES; i++) {
                            expected[b] += w[b][i] * dense[i];
                        }
                        assertEquals(expected[b], values.value(probe, b), 1e-12);
                        best = Math.max(best, expected[b]);
                    }
                    double[] out = new double[actions];
                    values.values(probe, out);
                    assertArrayEquals(expected, out, 1e-12, actions + " actions, binary " + binary);
                    assertEquals(best, values.max(probe), 1e-12);
                }
                double[] weights = values.weights();
                for (int b = 0; b < actions; b++) {
                    for (int i = 0; i < FEATURES; i++) {
                        assertEquals(w[b][i], weights[i * actions + b], 1e-12);
                    }
                }
            }
        }
        assertEquals("linear-values/1", new LinearValues(1, 1).format(), "the format saved agents record");
    }
}
