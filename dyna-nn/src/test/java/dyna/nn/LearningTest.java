package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Small problems learn through the tape, layers and Adam, each beside the ablation that must
 * not: the same training with the prediction detached (no gradient reaches the network).
 */
class LearningTest {

    /** sin(3x) on [-1, 1]. */
    private static double regressionError(boolean detached) {
        SplittableRandom random = new SplittableRandom(1);
        Mlp net = new Mlp(1, new int[] {1, 32, 32, 1}, Activation.TANH, random);
        Adam adam = new Adam(net.parameters(), 0.01);
        double last = Double.NaN;
        for (int step = 0; step < 600; step++) {
            double[] xs = new double[64];
            double[] ys = new double[64];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = 2 * random.nextDouble() - 1;
                ys[i] = Math.sin(3 * xs[i]);
            }
            Tape tape = new Tape();
            Tensor prediction = net.forward(tape, Tensor.of(64, 1, xs));
            Tensor loss = tape.mse(detached ? tape.detach(prediction) : prediction, Tensor.of(64, 1, ys));
            if (loss.tracked()) {
                tape.backward(loss);
            }
            adam.step();
            last = loss.item();
        }
        return last;
    }

    @Test
    void aRegressionLearnsAndADetachedOneDoesNot() {
        double learned = regressionError(false);
        double detached = regressionError(true);
        assertTrue(learned < 0.01, "mean squared error after 600 steps: " + learned);
        assertTrue(detached > 0.1, "with the prediction detached nothing learns: " + detached);
    }

    /** Three Gaussian blobs in the plane, classified with a log-softmax and its negative log-likelihood. */
    private static double accuracy(boolean detached) {
        SplittableRandom random = new SplittableRandom(2);
        double[][] centres = {{0, 1}, {-0.9, -0.5}, {0.9, -0.5}};
        Mlp net = new Mlp(1, new int[] {2, 16, 3}, Activation.RELU, random);
        Adam adam = new Adam(net.parameters(), 0.02);
        int batch = 96;
        for (int step = 0; step < 300; step++) {
            double[] xs = new double[batch * 2];
            double[] oneHot = new double[batch * 3];
            for (int i = 0; i < batch; i++) {
                int label = i % 3;
                xs[2 * i] = centres[label][0] + 0.3 * random.nextGaussian();
                xs[2 * i + 1] = centres[label][1] + 0.3 * random.nextGaussian();
                oneHot[3 * i + label] = 1;
            }
            Tape tape = new Tape();
            Tensor logits = net.forward(tape, Tensor.of(batch, 2, xs));
            Tensor logProbabilities = tape.logSoftmax(detached ? tape.detach(logits) : logits);
            Tensor loss = tape.scale(tape.sum(tape.mul(logProbabilities, Tensor.of(batch, 3, oneHot))), -1.0 / batch);
            if (loss.tracked()) {
                tape.backward(loss);
            }
            adam.step();
        }
        int right = 0;
        int tests = 300;
        for (int i = 0; i < tests; i++) {
            int label = i % 3;
            Tensor x = Tensor.of(1, 2, centres[label][0] + 0.3 * random.nextGaussian(),
                    centres[label][1] + 0.3 * random.nextGaussian());
            Tensor logits = net.forward(new Tape(), x);
            int best = 0;
            for (int c = 1; c < 3; c++) {
                best = logits.get(0, c) > logits.get(0, best) ? c : best;
            }
            right += best == label ? 1 : 0;
        }
        return right / (double) tests;
    }

    @Test
    void aClassificationLearnsAndADetachedOneDoesNot() {
        double learned = accuracy(false);
        double detached = accuracy(true);
        assertTrue(learned > 0.95, "held-out accuracy: " + learned);
        assertTrue(detached < 0.8, "detached, the untrained network's accuracy: " + detached);
    }

    @Test
    void layersAndTheEnsemblePassTheGradientCheck() {
        SplittableRandom random = new SplittableRandom(3);
        Mlp ensemble = new Mlp(3, new int[] {4, 8, 2}, Activation.SILU, random);
        Tensor batch = Tensor.normal(1, 5, 4, 1, random);   // one batch through every member
        Tensor weights = Tensor.normal(3, 5, 2, 1, random);
        double error = GradientCheck.maxError(tape -> tape.sum(tape.mul(ensemble.forward(tape, batch), weights)),
                ensemble.parameters().toArray(new Tensor[0]));
        assertTrue(error < 1e-6, "ensemble MLP: " + error);
        Mlp normalised = new Mlp(2, new int[] {4, 6, 6, 2}, Activation.TANH, true, random);
        for (Tensor p : normalised.parameters()) {
            for (int i = 0; i < p.size(); i++) {
                p.data()[i] += 0.2 * random.nextGaussian();
            }
        }
        Tensor shared = Tensor.normal(1, 5, 4, 1, random);
        Tensor twoMembers = Tensor.normal(2, 5, 2, 1, random);
        error = GradientCheck.maxError(tape -> tape.sum(tape.mul(normalised.forward(tape, shared), twoMembers)),
                normalised.parameters().toArray(new Tensor[0]));
        assertTrue(error < 1e-6, "an MLP with layer norm, gains and biases included: " + error);
        assertEquals(3 * 2 + 2 * 2, normalised.parameters().size(), "3 layers' weights and biases, 2 norms' gains and biases");
        Tensor perMember = Tensor.normal(3, 5, 4, 1, random);
        error = GradientCheck.maxError(tape -> tape.sum(tape.mul(ensemble.forward(tape, perMember), weights)),
                perMember);
        assertTrue(error < 1e-6, "into each member's own batch: " + error);
    }

    @Test
    void gradientsAreClippedByTheirGlobalNormAndTargetsFollowTheirSources() {
        Tensor a = Tensor.of(1, 2, 0, 0).requireGrad();
        Tensor b = Tensor.of(1, 1, 0).requireGrad();
        a.grad()[0] = 3;
        b.grad()[0] = 4;
        assertEquals(5, Adam.clipGradients(List.of(a, b), 1), 1e-12);
        assertEquals(0.6, a.grad()[0], 1e-12);
        assertEquals(0.8, b.grad()[0], 1e-12);
        Tensor target = Tensor.of(1, 1, 0.0);
        Adam.polyak(List.of(target), List.of(Tensor.of(1, 1, 1.0)), 0.005);
        assertEquals(0.005, target.item(), 1e-15);
    }

    @Test
    void sgdStepsDownTheGradientAndAnInferenceTapeRecordsNothing() {
        Tensor w = Tensor.of(1, 2, 1.0, 2.0).requireGrad();
        w.grad()[0] = 0.5;
        w.grad()[1] = -1;
        new Sgd(List.of(w), 0.1).step();
        assertEquals(0.95, w.get(0, 0), 1e-15);
        assertEquals(2.1, w.get(0, 1), 1e-15);
        assertEquals(0, w.grad()[1]);
        Mlp net = new Mlp(1, new int[] {2, 4, 1}, Activation.TANH, new SplittableRandom(1));
        Tape inference = Tape.inference();
        Tensor out = net.forward(inference, Tensor.of(1, 2, 0.5, -0.5));
        assertEquals(0, inference.recorded(), "no backward rule recorded");
        assertTrue(!out.tracked(), "a prediction wants no gradient");
        assertEquals(net.predictor(0).predict(new double[] {0.5, -0.5})[0], out.item(), 0, "the same value");
    }
}
