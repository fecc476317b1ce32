package dyna.models.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The network's gradients are the loss's (checked against central differences), and trained on
 * noisy data its means fit the function and its variances the noise.
 */
class GaussianNetworkTest {

    private static final int INPUTS = 3;
    private static final int TARGETS = 2;

    private static GaussianNetwork network(Activation activation, int batch) {
        GaussianNetwork network = new GaussianNetwork(INPUTS, new int[] {7, 5}, TARGETS, activation, batch, 1e-2, 0);
        network.initialize(new SplittableRandom(3));
        return network;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backpropagationGivesTheGradientOfTheLoss(Activation activation) {
        int batch = 4;
        GaussianNetwork network = network(activation, batch);
        SplittableRandom random = new SplittableRandom(5);
        double[] x = new double[batch * INPUTS];
        double[] y = new double[batch * TARGETS];
        double[] t = new double[batch];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
        }
        for (int b = 0; b < batch; b++) {
            t[b] = b % 2;
        }
        double[] params = network.params();
        // Bounds near the raw log-variances, so that both softplus branches carry gradient.
        params[params.length - 2 * TARGETS] = 0.3;
        params[params.length - 1] = -0.4;
        network.gradient(x, y, t, batch);
        double[] analytic = network.grads().clone();
        double h = 1e-6;
        double worst = 0;
        for (int i = 0; i < params.length; i++) {
            double saved = params[i];
            params[i] = saved + h;
            double up = network.gradient(x, y, t, batch);
            params[i] = saved - h;
            double down = network.gradient(x, y, t, batch);
            params[i] = saved;
            double numeric = (up - down) / (2 * h);
            worst = Math.max(worst, Math.abs(numeric - analytic[i]) / Math.max(1e-3, Math.abs(numeric)));
        }
        assertTrue(worst < 1e-4, activation + ": worst relative gradient error " + worst);
    }

    @Test
    void trainingFitsTheMeanAndTheNoiseAndTermination() {
        int batch = 64;
        GaussianNetwork network = new GaussianNetwork(1, new int[] {32, 32}, 1, Activation.SILU, batch, 3e-3, 0);
        network.initialize(new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(2);
        double[] x = new double[batch];
        double[] y = new double[batch];
        double[] t = new double[batch];
        double noise = 0.1;
        for (int step = 0; step < 4000; step++) {
            for (int b = 0; b < batch; b++) {
                x[b] = -2 + 4 * random.nextDouble();
                y[b] = Math.sin(2 * x[b]) + noise * random.nextGaussian();
                t[b] = x[b] > 1 ? 1 : 0;
            }
            network.train(x, y, t, batch);
        }
        double[] mean = new double[1];
        double[] logVariance = new double[1];
        double worstMean = 0;
        double averageStd = 0;
        int points = 0;
        for (double at = -1.8; at <= 1.8; at += 0.2) {
            double terminated = network.predict(new double[] {at}, mean, logVariance);
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
     * The loss is the batch's mean Gaussian negative log-likelihood plus the termination's
     * cross-entropy, as computed by hand from the network's own prediction, plus the bounds'
     * penalty once: a row given twice costs what it costs once, with the same gradient.
     */
    @Test
    void theLossIsTheMeanOverTheBatchOfTheNegativeLogLikelihood() {
        GaussianNetwork network = network(Activation.SILU, 2);
        double[] x = {0.3, -1.2, 0.8};
        double[] y = {0.5, -0.25};
        double[] mean = new double[TARGETS];
        double[] logVariance = new double[TARGETS];
        double p = network.predict(x, mean, logVariance);
        double expected = 0;
        for (int j = 0; j < TARGETS; j++) {
            double error = mean[j] - y[j];
            expected += 0.5 * (error * error * Math.exp(-logVariance[j]) + logVariance[j]);
        }
        expected += -Math.log(p);   // terminated: -log sigmoid(logit)
        double[] params = network.params();
        for (int j = 0; j < TARGETS; j++) {
            expected += 0.01 * (params[params.length - 2 * TARGETS + j] - params[params.length - TARGETS + j]);
        }
        double once = network.gradient(x, y, new double[] {1}, 1);
        double[] gradientOnce = network.grads().clone();
        assertEquals(expected, once, 1e-12);
        double twice = network.gradient(new double[] {0.3, -1.2, 0.8, 0.3, -1.2, 0.8},
                new double[] {0.5, -0.25, 0.5, -0.25}, new double[] {1, 1}, 2);
        assertEquals(once, twice, 1e-12);
        org.junit.jupiter.api.Assertions.assertArrayEquals(gradientOnce, network.grads(), 1e-12);
    }

    /** Parameters changed from outside are what the next prediction reads, once changed() is called. */
    @Test
    void aPredictionReadsParametersChangedFromOutside() {
        GaussianNetwork network = network(Activation.SILU, 1);
        double[] x = {0.1, 0.2, 0.3};
        double[] before = new double[TARGETS];
        network.predictMean(x, before);
        double[] params = network.params();
        GaussianNetwork other = network(Activation.SILU, 1);
        for (int i = 0; i < params.length; i++) {
            params[i] += 0.05 * Math.sin(i);
            other.params()[i] = params[i];
        }
        network.changed();
        double[] after = new double[TARGETS];
        network.predictMean(x, after);
        double[] fresh = new double[TARGETS];
        other.changed();
        other.predictMean(x, fresh);
        org.junit.jupiter.api.Assertions.assertArrayEquals(fresh, after, 0.0);
        assertTrue(after[0] != before[0], "the change moved the prediction");
    }

    /**
     * With the last layer's weights at zero its biases are the raw outputs: the means, the raw
     * log-variances and the termination's logit. The log-variances come out softly bounded to
     * the learned [min, max] (PETS: max - softplus(max - raw), then min + softplus(. - min)),
     * which start at [-10, 0.5]; the termination's probability is the logit's sigmoid.
     */
    @Test
    void aPredictionIsTheLastLayersOutputWithTheLogVarianceSoftlyBounded() {
        GaussianNetwork network = network(Activation.SILU, 1);
        double[] params = network.params();
        int outputs = 2 * TARGETS + 1;
        int bounds = 2 * TARGETS;
        int biases = params.length - bounds - outputs;
        int weights = biases - 5 * outputs;
        assertEquals(0.5, params[params.length - bounds], "max starts at 0.5");
        assertEquals(-10, params[params.length - TARGETS], "min starts at -10");
        for (double raw : new double[] {-40, -10, -3, 0, 0.5, 7}) {
            java.util.Arrays.fill(params, weights, biases, 0.0);
            params[biases] = 0.25;
            params[biases + 1] = -1.5;
            params[biases + 2] = raw;
            params[biases + 3] = raw;
            params[biases + 4] = 1.2;
            params[params.length - bounds + 1] = 2;   // the second target's max
            network.changed();
            double[] mean = new double[TARGETS];
            double[] logVariance = new double[TARGETS];
            double p = network.predict(new double[] {0.3, -0.2, 0.9}, mean, logVariance);
            org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.25, -1.5}, mean, 0.0);
            assertEquals(1 / (1 + Math.exp(-1.2)), p, 1e-15);
            double[] max = {0.5, 2};
            for (int j = 0; j < TARGETS; j++) {
                double upper = max[j] - Math.log1p(Math.exp(max[j] - raw));
                assertEquals(-10 + Math.log1p(Math.exp(upper + 10)), logVariance[j], 1e-12, "raw " + raw + ", target " + j);
                assertTrue(logVariance[j] > -10 && logVariance[j] < max[j]);
            }
            if (raw == -3) {
                assertEquals(-3, logVariance[0], 0.05, "well inside the bounds, about the raw value");
            }
        }
    }

    /**
     * Training returns the batch's loss before its step and changes what the next prediction
     * reads; going back to the best parameters kept does too, and so does reading a saved network.
     */
    @Test
    void trainingRestoringAndReadingChangeWhatIsPredicted() throws Exception {
        GaussianNetwork network = network(Activation.SILU, 2);
        double[] x = {0.3, -1.2, 0.8, -0.5, 0.4, 0.1};
        double[] y = {0.5, -0.25, 1.5, 2};
        double[] t = {0, 1};
        double[] probe = {0.1, 0.2, 0.3};
        double[] kept = new double[TARGETS];
        network.predictMean(probe, kept);
        network.keepBest();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        network.write(new java.io.DataOutputStream(bytes));
        double loss = network.gradient(x, y, t, 2);
        assertEquals(loss, network.train(x, y, t, 2), 0.0, "the loss before the step");
        double[] trained = new double[TARGETS];
        network.predictMean(probe, trained);
        GaussianNetwork copy = network(Activation.SILU, 2);
        System.arraycopy(network.params(), 0, copy.params(), 0, network.params().length);
        copy.changed();
        double[] fresh = new double[TARGETS];
        copy.predictMean(probe, fresh);
        org.junit.jupiter.api.Assertions.assertArrayEquals(fresh, trained, 0.0, "a trained network predicts anew");
        assertTrue(trained[0] != kept[0]);
        network.restoreBest();
        double[] restored = new double[TARGETS];
        network.predictMean(probe, restored);
        org.junit.jupiter.api.Assertions.assertArrayEquals(kept, restored, 0.0, "back at the best kept");
        network.train(x, y, t, 2);
        network.predictMean(probe, trained);
        network.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        double[] read = new double[TARGETS];
        network.predictMean(probe, read);
        org.junit.jupiter.api.Assertions.assertArrayEquals(kept, read, 0.0, "a network read back predicts as saved");
    }
}
