package dyna.models.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.nn.Activation;
import dyna.nn.GradientCheck;
import dyna.nn.Tape;
import dyna.nn.Tensor;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ensemble's networks: the loss is the published one and its gradient the loss's (checked
 * against central differences), single predictions are the training pass's outputs bit for bit,
 * and trained on noisy data the means fit the function and the variances the noise.
 */
class GaussianEnsembleTest {

    private static final int INPUTS = 3;
    private static final int TARGETS = 2;

    private static GaussianEnsemble ensemble(int members, Activation activation) {
        return new GaussianEnsemble(members, INPUTS, new int[] {7, 5}, TARGETS, activation, 1e-2, 0,
                new SplittableRandom(3));
    }

    private static Tensor gaussians(SplittableRandom random, int members, int rows, int cols) {
        return Tensor.normal(members, rows, cols, 1, random);
    }

    private static Tensor terminations(int members, int rows) {
        Tensor t = Tensor.zeros(members, rows, 1);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = i % 3 == 0 ? 1 : 0;
        }
        return t;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SILU", "RELU", "TANH"})
    void theLossHasTheGradientOfCentralDifferences(Activation activation) {
        GaussianEnsemble ensemble = ensemble(2, activation);
        List<Tensor> parameters = ensemble.parameters();
        // Bounds near the raw log-variances, so that both softplus branches carry gradient.
        parameters.get(parameters.size() - 2).data()[0] = 0.3;
        parameters.get(parameters.size() - 1).data()[1] = -0.4;
        SplittableRandom random = new SplittableRandom(5);
        Tensor x = gaussians(random, 2, 4, INPUTS);
        Tensor y = gaussians(random, 2, 4, TARGETS);
        Tensor t = terminations(2, 4);
        double error = GradientCheck.maxError(tape -> ensemble.loss(tape, x, y, t), parameters.toArray(Tensor[]::new));
        assertTrue(error < 1e-6, activation + ": worst gradient error " + error);
    }

    /**
     * Per member, the loss is the batch's mean Gaussian negative log-likelihood (with its ½ log
     * 2π per target) plus the termination's cross-entropy, as computed by hand from the member's
     * own prediction, plus the bounds' penalty once; the ensemble's loss is the sum over its
     * members, and a row given twice costs what it costs once.
     */
    @Test
    void theLossIsEachMembersMeanNegativeLogLikelihoodSummedOverMembers() {
        GaussianEnsemble ensemble = ensemble(2, Activation.SILU);
        double[] x = {0.3, -1.2, 0.8};
        double[] y = {0.5, -0.25};
        double expected = 0;
        for (int m = 0; m < 2; m++) {
            double[] mean = new double[TARGETS];
            double[] logVariance = new double[TARGETS];
            double p = ensemble.predict(m, x, mean, logVariance);
            for (int j = 0; j < TARGETS; j++) {
                double error = mean[j] - y[j];
                expected += 0.5 * (error * error * Math.exp(-logVariance[j]) + logVariance[j] + Math.log(2 * Math.PI));
                double max = ensemble.parameters().get(6).data()[m * TARGETS + j];
                double min = ensemble.parameters().get(7).data()[m * TARGETS + j];
                expected += 0.01 * (max - min);
            }
            expected += -Math.log(p);   // terminated: -log sigmoid(logit)
        }
        Tape tape = new Tape();
        Tensor once = ensemble.loss(tape, Tensor.ofMembers(2, 1, INPUTS, 0.3, -1.2, 0.8, 0.3, -1.2, 0.8),
                Tensor.ofMembers(2, 1, TARGETS, 0.5, -0.25, 0.5, -0.25), Tensor.ofMembers(2, 1, 1, 1, 1));
        assertEquals(expected, once.item(), 1e-12);
        Tensor twice = ensemble.loss(tape, Tensor.ofMembers(2, 2, INPUTS, 0.3, -1.2, 0.8, 0.3, -1.2, 0.8, 0.3, -1.2,
                0.8, 0.3, -1.2, 0.8), Tensor.ofMembers(2, 2, TARGETS, 0.5, -0.25, 0.5, -0.25, 0.5, -0.25, 0.5, -0.25),
                Tensor.ofMembers(2, 2, 1, 1, 1, 1, 1));
        assertEquals(once.item(), twice.item(), 1e-12);
    }

    /**
     * A single prediction (the inference path, no tape) is bit for bit what the training pass
     * computes from the same weights: the means, the bounded log-variances and the termination's
     * probability of each member, after training has moved the weights.
     */
    @Test
    void aSinglePredictionIsTheTrainingPassBitForBit() {
        GaussianEnsemble ensemble = ensemble(3, Activation.SILU);
        SplittableRandom random = new SplittableRandom(8);
        for (int step = 0; step < 3; step++) {
            ensemble.train(gaussians(random, 3, 8, INPUTS), gaussians(random, 3, 8, TARGETS), terminations(3, 8));
        }
        Tensor x = gaussians(random, 1, 5, INPUTS);
        Tape tape = new Tape();
        Tensor out = ensemble.outputs(x);
        Tensor bounded = ensemble.bounded(tape, tape.sliceCols(out, TARGETS, 2 * TARGETS));
        Tensor probability = tape.sigmoid(tape.sliceCols(out, 2 * TARGETS, 2 * TARGETS + 1));
        for (int m = 0; m < 3; m++) {
            for (int r = 0; r < 5; r++) {
                double[] input = java.util.Arrays.copyOfRange(x.data(), r * INPUTS, (r + 1) * INPUTS);
                double[] mean = new double[TARGETS];
                double[] logVariance = new double[TARGETS];
                double p = ensemble.predict(m, input, mean, logVariance);
                for (int j = 0; j < TARGETS; j++) {
                    assertEquals(out.get(m, r, j), mean[j], 0.0, "member " + m + ", row " + r);
                    assertEquals(bounded.get(m, r, j), logVariance[j], 0.0, "member " + m + ", row " + r);
                }
                assertEquals(probability.get(m, r, 0), p, 0.0);
            }
        }
    }

    @Test
    void trainingFitsTheMeanAndTheNoiseAndTermination() {
        int batch = 64;
        GaussianEnsemble ensemble = new GaussianEnsemble(1, 1, new int[] {32, 32}, 1, Activation.SILU, 3e-3, 0,
                new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(2);
        Tensor x = Tensor.zeros(1, batch, 1);
        Tensor y = Tensor.zeros(1, batch, 1);
        Tensor t = Tensor.zeros(1, batch, 1);
        double noise = 0.1;
        for (int step = 0; step < 4000; step++) {
            for (int b = 0; b < batch; b++) {
                x.data()[b] = -2 + 4 * random.nextDouble();
                y.data()[b] = Math.sin(2 * x.data()[b]) + noise * random.nextGaussian();
                t.data()[b] = x.data()[b] > 1 ? 1 : 0;
            }
            ensemble.train(x, y, t);
        }
        double[] mean = new double[1];
        double[] logVariance = new double[1];
        double worstMean = 0;
        double averageStd = 0;
        int points = 0;
        for (double at = -1.8; at <= 1.8; at += 0.2) {
            double terminated = ensemble.predict(0, new double[] {at}, mean, logVariance);
            worstMean = Math.max(worstMean, Math.abs(mean[0] - Math.sin(2 * at)));
            averageStd += Math.exp(0.5 * logVariance[0]);
            points++;
            if (Math.abs(at - 1) > 0.3) {
                assertEquals(at > 1 ? 1 : 0, terminated, 0.2, "termination probability at " + at);
            }
        }
        averageStd /= points;
        assertTrue(worstMean < 0.1, "worst error of the mean " + worstMean);
        assertTrue(averageStd > 0.5 * noise && averageStd < 2 * noise, "predicted noise " + averageStd + " for " + noise);
    }

    /**
     * With the last layer's weights at zero its biases are the raw outputs: the means, the raw
     * log-variances and the termination's logit. The log-variances come out softly bounded to
     * the learned [min, max] (PETS: max - softplus(max - raw), then min + softplus(. - min)),
     * which start at [-10, 0.5]; the termination's probability is the logit's sigmoid.
     */
    @Test
    void aPredictionIsTheLastLayersOutputWithTheLogVarianceSoftlyBounded() {
        GaussianEnsemble ensemble = ensemble(1, Activation.SILU);
        List<Tensor> parameters = ensemble.parameters();
        double[] weights = parameters.get(4).data();
        double[] biases = parameters.get(5).data();
        double[] max = parameters.get(6).data();
        assertEquals(0.5, max[0], "max starts at 0.5");
        assertEquals(-10, parameters.get(7).data()[0], "min starts at -10");
        for (double raw : new double[] {-40, -10, -3, 0, 0.5, 7}) {
            java.util.Arrays.fill(weights, 0.0);
            System.arraycopy(new double[] {0.25, -1.5, raw, raw, 1.2}, 0, biases, 0, 5);
            max[1] = 2;   // the second target's max
            double[] mean = new double[TARGETS];
            double[] logVariance = new double[TARGETS];
            double p = ensemble.predict(0, new double[] {0.3, -0.2, 0.9}, mean, logVariance);
            assertArrayEquals(new double[] {0.25, -1.5}, mean, 0.0);
            assertEquals(1 / (1 + Math.exp(-1.2)), p, 1e-15);
            double[] maxima = {0.5, 2};
            for (int j = 0; j < TARGETS; j++) {
                double upper = maxima[j] - Math.log1p(Math.exp(maxima[j] - raw));
                assertEquals(-10 + Math.log1p(Math.exp(upper + 10)), logVariance[j], 1e-12, "raw " + raw + ", target " + j);
                assertTrue(logVariance[j] > -10 && logVariance[j] < maxima[j]);
            }
            if (raw == -3) {
                assertEquals(-3, logVariance[0], 0.05, "well inside the bounds, about the raw value");
            }
        }
    }

    /**
     * Training returns the loss before its step and changes what the next prediction reads;
     * going back to a member's best parameters kept restores that member alone; reading a saved
     * ensemble restores what was saved.
     */
    @Test
    void trainingRestoringAndReadingChangeWhatIsPredicted() throws Exception {
        GaussianEnsemble ensemble = ensemble(2, Activation.SILU);
        SplittableRandom random = new SplittableRandom(4);
        Tensor x = gaussians(random, 2, 2, INPUTS);
        Tensor y = gaussians(random, 2, 2, TARGETS);
        Tensor t = terminations(2, 2);
        double[] probe = {0.1, 0.2, 0.3};
        double[][] kept = new double[2][TARGETS];
        for (int m = 0; m < 2; m++) {
            ensemble.predictMean(m, probe, kept[m]);
            ensemble.keepBest(m);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ensemble.write(new java.io.DataOutputStream(bytes));
        double loss = ensemble.loss(new Tape(), x, y, t).item();
        assertEquals(loss, ensemble.train(x, y, t), 0.0, "the loss before the step");
        double[][] trained = new double[2][TARGETS];
        for (int m = 0; m < 2; m++) {
            ensemble.predictMean(m, probe, trained[m]);
            assertTrue(trained[m][0] != kept[m][0], "member " + m + " moved");
        }
        ensemble.restoreBest(1);
        double[] now = new double[TARGETS];
        ensemble.predictMean(1, probe, now);
        assertArrayEquals(kept[1], now, 0.0, "member 1 back at its best");
        ensemble.predictMean(0, probe, now);
        assertArrayEquals(trained[0], now, 0.0, "member 0 as trained");
        ensemble.train(x, y, t);
        ensemble.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        for (int m = 0; m < 2; m++) {
            ensemble.predictMean(m, probe, now);
            assertArrayEquals(kept[m], now, 0.0, "member " + m + " read back predicts as saved");
        }
    }
}
