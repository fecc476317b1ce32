package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two ways a layer's parameters are first drawn, value for value. */
class InitializationTest {

    /**
     * MBPO's and mbrl-lib's: each weight normal with standard deviation 1/(2√in), redrawn outside
     * two standard deviations, in the tensor's order, member by member; biases 0.
     */
    @Test
    void truncatedNormalWeightsAreRedrawnBeyondTwoDeviationsAndBiasesAreZero() {
        Linear layer = new Linear(2, 4, 9, Initialization.TRUNCATED_NORMAL, new SplittableRandom(5));
        SplittableRandom draws = new SplittableRandom(5);
        double std = 1 / (2 * Math.sqrt(4));
        int redrawn = 0;
        for (int i = 0; i < 2 * 4 * 9; i++) {
            double g = draws.nextGaussian();
            while (Math.abs(g) > 2) {
                redrawn++;
                g = draws.nextGaussian();
            }
            assertEquals(g * std, layer.weights().data()[i], 0.0, "weight " + i);
        }
        for (double b : layer.bias().data()) {
            assertEquals(0.0, b);
        }
        assertEquals(true, layer.weights().tracked() && layer.bias().tracked(), "parameters want gradients");
        assertEquals(true, redrawn > 0, "72 draws: some beyond two deviations (seed chosen so)");
    }

    /** PyTorch's default: weights, then biases, uniform in ±1/√in. */
    @Test
    void uniformWeightsAndBiasesLieWithinOneOverRootIn() {
        Linear layer = new Linear(1, 16, 3, new SplittableRandom(1));
        SplittableRandom draws = new SplittableRandom(1);
        for (double w : layer.weights().data()) {
            assertEquals(0.25 * (2 * draws.nextDouble() - 1), w, 0.0);
        }
        for (double b : layer.bias().data()) {
            assertEquals(0.25 * (2 * draws.nextDouble() - 1), b, 0.0);
        }
    }
}
