package dyna.models.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The single-sample path reads transposed weights; it must give the batch pass's outputs bit for bit. */
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
}
