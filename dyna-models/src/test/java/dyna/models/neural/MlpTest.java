package dyna.models.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The network's mechanics: the single-sample path gives the batch pass's outputs bit for bit,
 * every backward pass starts from nothing, and the weights start as mbrl-lib's do.
 */
class MlpTest {

    private static final int[] SIZES = {3, 64, 64, 11};

    @Test
    void aSinglePredictionIsBitForBitTheBatchPassAfterEveryChange() {
        double[] params = new double[Mlp.parameterCount(SIZES)];
        Mlp mlp = new Mlp(SIZES, Activation.SILU, params, new double[params.length], 4);
        mlp.initialize(new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(2);
        double[] before = null;
        for (int change = 0; change < 3; change++) {
            for (int k = 0; k < 20; k++) {
                double[] x = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
                double[] single = new double[SIZES[3]];
                mlp.predict(x, single);
                double[] batch = Arrays.copyOf(mlp.forward(x, 1), SIZES[3]);
                assertArrayEquals(batch, single, 0.0, "change " + change + ", input " + k);
            }
            double[] probe = new double[SIZES[3]];
            mlp.predict(new double[] {0.1, 0.2, 0.3}, probe);
            if (before != null) {
                assertFalse(Arrays.equals(before, probe), "a prediction after a change reads the new weights");
            }
            before = probe;
            for (int i = 0; i < params.length; i++) {
                params[i] += 0.01 * random.nextGaussian();
            }
            mlp.changed();
        }
    }

    /**
     * A backward pass gives the gradient of this batch alone, whatever pass came before: the
     * same as a fresh network's with the same weights (a delta left from the last pass would add
     * the last batch's error to this one's, and training would still seem to work).
     */
    @Test
    void aBackwardPassDependsOnItsOwnBatchAlone() {
        int[] sizes = {3, 8, 8, 2};
        double[] params = new double[Mlp.parameterCount(sizes)];
        double[] grads = new double[params.length];
        Mlp used = new Mlp(sizes, Activation.SILU, params, grads, 4);
        used.initialize(new SplittableRandom(3));
        SplittableRandom random = new SplittableRandom(4);
        double[] first = gaussians(random, 4 * 3);
        used.forward(first, 4);
        used.backward(gaussians(random, 4 * 2), 4);
        double[] second = gaussians(random, 2 * 3);
        double[] errors = gaussians(random, 2 * 2);
        used.forward(second, 2);
        used.backward(errors, 2);
        double[] freshGrads = new double[params.length];
        Mlp fresh = new Mlp(sizes, Activation.SILU, params.clone(), freshGrads, 4);
        fresh.forward(second, 2);
        fresh.backward(errors, 2);
        assertArrayEquals(freshGrads, grads, 0.0);
    }

    /**
     * The weights start as mbrl-lib's: each layer's drawn in turn from a normal of standard
     * deviation 1 / (2 sqrt(inputs)), redrawn outside two standard deviations, biases 0 (also when
     * a trained network starts again).
     */
    @Test
    void theWeightsStartAsATruncatedNormalDrawnLayerByLayer() {
        int[] sizes = {4, 16, 9};
        double[] params = new double[Mlp.parameterCount(sizes)];
        java.util.Arrays.fill(params, 0.5);
        Mlp mlp = new Mlp(sizes, Activation.SILU, params, new double[params.length], 1);
        mlp.initialize(new SplittableRandom(5));
        SplittableRandom draws = new SplittableRandom(5);
        int at = 0;
        for (int l = 0; l < 2; l++) {
            double std = 1 / (2 * Math.sqrt(sizes[l]));
            for (int i = 0; i < sizes[l] * sizes[l + 1]; i++) {
                double g;
                do {
                    g = draws.nextGaussian();
                } while (Math.abs(g) > 2);
                assertEquals(g * std, params[at++], 0.0, "layer " + l + ", weight " + i);
            }
            for (int o = 0; o < sizes[l + 1]; o++) {
                assertEquals(0.0, params[at++], "layer " + l + ", bias " + o);
            }
        }
        assertEquals(params.length, at);
        double largest = 0;
        for (double p : params) {
            largest = Math.max(largest, Math.abs(p));
        }
        assertTrue(largest <= 2 / (2 * Math.sqrt(4)), "no weight past two standard deviations: " + largest);
    }

    private static double[] gaussians(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }
}
