package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The inference path predicts what the tape computes, bit for bit, for every member of an
 * ensemble, one row or many at a time, and allocates nothing per prediction once warm (bytes counted by the JVM, not timed).
 */
class InferenceTest {

    @Test
    void eachMembersPredictionIsTheTapesBitForBit() {
        SplittableRandom random = new SplittableRandom(1);
        for (Activation activation : Activation.values()) {
            checkBitForBit(new Mlp(5, new int[] {4, 16, 16, 3}, activation, random), activation.toString(), random);
            Mlp normalised = new Mlp(5, new int[] {4, 16, 16, 3}, activation, true, random);
            for (Tensor p : normalised.parameters()) {   // gains and biases away from 1 and 0, so that they matter
                if (p.rows() == 1) {
                    for (int i = 0; i < p.size(); i++) {
                        p.data()[i] += 0.3 * random.nextGaussian();
                    }
                }
            }
            checkBitForBit(normalised, activation + " with layer norm", random);
        }
    }

    private static void checkBitForBit(Mlp ensemble, String what, SplittableRandom random) {
        Tensor batch = Tensor.normal(1, 7, 4, 1, random);
        Tensor out = ensemble.forward(new Tape(), batch);
        for (int member = 0; member < 5; member++) {
            Mlp.Predictor predictor = ensemble.predictor(member);
            for (int row = 0; row < 7; row++) {
                double[] input = new double[4];
                for (int c = 0; c < 4; c++) {
                    input[c] = batch.get(0, row, c);
                }
                double[] predicted = predictor.predict(input);
                for (int c = 0; c < 3; c++) {
                    assertEquals(Double.doubleToLongBits(out.get(member, row, c)), Double.doubleToLongBits(predicted[c]),
                            what + ", member " + member + ", row " + row);
                }
            }
            // All 7 rows at once: a block of four rows and three alone, each the tape's bit for bit.
            double[] rows = predictor.predict(batch.data(), 7);
            for (int row = 0; row < 7; row++) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(Double.doubleToLongBits(out.get(member, row, c)),
                            Double.doubleToLongBits(rows[row * 3 + c]), what + ", member " + member + ", batched row " + row);
                }
            }
        }
    }

    @Test
    void aWarmPredictorAllocatesNothing() {
        Mlp ensemble = new Mlp(5, new int[] {6, 64, 64, 6}, Activation.SILU, new SplittableRandom(2));
        Mlp.Predictor predictor = ensemble.predictor(3);
        double[] input = {0.1, -0.2, 0.3, 0.4, -0.5, 0.6};
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += predictor.predict(input)[0];
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            input[0] = i * 1e-6;
            sink += predictor.predict(input)[0];
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 10_000, bytes + " bytes for 100,000 predictions (" + sink + ")");
    }
}
