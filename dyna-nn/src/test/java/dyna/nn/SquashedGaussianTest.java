package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SAC's tanh-squashed Gaussian: its log-density, its gradients, and where tanh saturates. */
class SquashedGaussianTest {

    /**
     * The log-density is that of tanh of a Gaussian by the change of variables, p(a) = N(atanh a;
     * μ, σ²) / (1 − a²) per dimension, computed here directly from the same noise; without the
     * squashing term (the ablation) it is the Gaussian's alone, off by Σ log(1 − a²).
     */
    @Test
    void theLogDensityIsTheGaussiansThroughTheChangeOfVariables() {
        Tensor mean = Tensor.of(2, 3, 0.3, -0.8, 1.1, 0.0, 0.5, -1.5);
        Tensor logStd = Tensor.of(2, 3, -0.5, 0.2, -1.0, 0.0, -0.3, 0.4);
        SquashedGaussian.Sample sample = SquashedGaussian.sample(new Tape(), mean, logStd, new SplittableRandom(3));
        SplittableRandom noise = new SplittableRandom(3);
        for (int r = 0; r < 2; r++) {
            double expected = 0;
            double gaussianOnly = 0;
            for (int c = 0; c < 3; c++) {
                double std = Math.exp(logStd.get(r, c));
                double u = mean.get(r, c) + std * noise.nextGaussian();
                double a = Math.tanh(u);
                assertEquals(a, sample.action().get(r, c), 1e-15);
                double z = (u - mean.get(r, c)) / std;
                double logN = -0.5 * z * z - Math.log(std) - 0.5 * Math.log(2 * Math.PI);
                expected += logN - Math.log(1 - a * a);
                gaussianOnly += logN;
            }
            assertEquals(expected, sample.logProb().get(r, 0), 1e-12, "row " + r);
            assertTrue(Math.abs(gaussianOnly - expected) > 0.1, "the squashing term matters: row " + r);
        }
    }

    /** Gradients of a loss of the action and its log-density reach the mean and log σ (central differences, the same noise each time). */
    @Test
    void gradientsFlowThroughTheSampleToTheMeanAndTheLogStd() {
        Tensor mean = Tensor.of(3, 2, 0.3, -0.8, 1.1, 0.0, 0.5, -1.5);
        Tensor logStd = Tensor.of(3, 2, -0.5, 0.2, -1.0, 0.0, -0.3, 0.4);
        double error = GradientCheck.maxError(tape -> {
            SquashedGaussian.Sample s = SquashedGaussian.sample(tape, mean, logStd, new SplittableRandom(5));
            // SAC's actor loss in miniature: alpha log pi(a|s) - Q(s, a), with Q = a0 - a1^2.
            Tensor q = tape.sub(tape.sliceCols(s.action(), 0, 1), tape.square(tape.sliceCols(s.action(), 1, 2)));
            return tape.mean(tape.sub(tape.scale(s.logProb(), 0.2), q));
        }, mean, logStd);
        assertTrue(error < 1e-6, "gradient error " + error);
    }

    /**
     * The parts of a sample (draw, log-density, squash, in that order, with one logVar) are the
     * sample to the bit, values and gradients: SAC's training loop uses them so that no
     * {@code Sample} object is made per step, and its runs stay those measured before it did.
     */
    @Test
    void thePartsOfASampleAreTheSampleToTheBit() {
        Tensor mean = Tensor.of(4, 2, 0.3, -0.8, 1.1, 0.0, 0.5, -1.5, 2.5, -0.2);
        Tensor logStd = Tensor.of(4, 2, -0.5, 0.2, -1.0, 0.0, -0.3, 0.4, 0.9, -2.0);
        double[][] whole = gradients(mean, logStd, (tape, random) -> {
            SquashedGaussian.Sample s = SquashedGaussian.sample(tape, mean, logStd, random);
            return new Tensor[] {s.action(), s.logProb()};
        });
        double[][] parts = gradients(mean, logStd, (tape, random) -> {
            Tensor logVar = tape.scale(logStd, 2);
            Tensor u = SquashedGaussian.draw(tape, mean, logVar, random);
            Tensor logProb = SquashedGaussian.logProb(tape, u, mean, logVar);
            return new Tensor[] {SquashedGaussian.squash(tape, u), logProb};
        });
        for (int i = 0; i < whole.length; i++) {
            assertArrayEquals(whole[i], parts[i], "part " + i);
        }
    }

    private interface Sampling {
        Tensor[] actionAndLogProb(Tape tape, java.util.random.RandomGenerator random);
    }

    /** The action, the log-density, and the gradients of mean and log σ of a loss of both. */
    private static double[][] gradients(Tensor mean, Tensor logStd, Sampling sampling) {
        mean.zeroGrad();
        logStd.zeroGrad();
        Tape tape = new Tape();
        Tensor[] s = sampling.actionAndLogProb(tape, new SplittableRandom(11));
        Tensor q = tape.sub(tape.sliceCols(s[0], 0, 1), tape.square(tape.sliceCols(s[0], 1, 2)));
        tape.backward(tape.mean(tape.sub(tape.scale(s[1], 0.2), q)));
        return new double[][] {s[0].data().clone(), s[1].data().clone(), mean.grad().clone(), logStd.grad().clone()};
    }

    /**
     * Far out in the tails tanh u rounds to ±1 and log(1 − tanh² u) to −∞; the stable form gives
     * 2 log 2 − 2|u| there, finite, and agrees with the direct formula where both are exact.
     */
    @Test
    void theSquashingTermStaysFiniteWhereTanhSaturates() {
        Tape tape = new Tape();
        Tensor u = Tensor.of(1, 4, 25.0, -30.0, 0.7, -1.2);
        Tensor term = SquashedGaussian.logOneMinusTanhSquared(tape, u);
        assertEquals(2 * Math.log(2) - 50, term.get(0, 0), 1e-9);
        assertEquals(2 * Math.log(2) - 60, term.get(0, 1), 1e-9);
        assertTrue(Double.isInfinite(Math.log(1 - Math.tanh(25.0) * Math.tanh(25.0))), "the direct form fails there");
        assertEquals(Math.log(1 - Math.tanh(0.7) * Math.tanh(0.7)), term.get(0, 2), 1e-14);
        assertEquals(Math.log(1 - Math.tanh(-1.2) * Math.tanh(-1.2)), term.get(0, 3), 1e-14);
        assertEquals(Math.tanh(0.4), SquashedGaussian.mode(tape, Tensor.scalar(0.4)).item(), 0.0);
    }
}
