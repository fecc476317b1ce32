package dyna.app.bench;

import com.sun.management.ThreadMXBean;
import dyna.nn.Activation;
import dyna.nn.Adam;
import dyna.nn.Mlp;
import dyna.nn.Tape;
import dyna.nn.Tensor;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * dyna-nn's speed at the sizes the successors use, one thread: a training step (forward, mean
 * squared error, backward through the tape, Adam) on a batch of 256 and a single prediction on
 * the inference path, with the bytes each allocates. {@code scripts/bench-pytorch.sh} runs the
 * same networks, loss and optimiser in PyTorch beside it.
 */
public final class NnBenchmark {

    /**
     * One network's figures.
     *
     * @param name              what was measured, such as {@code ensemble 5 x (6-64-64-6)}
     * @param msPerTrainingStep median milliseconds per training step of the whole network
     * @param usPerPrediction   median microseconds per single prediction of one member
     * @param bytesPerStep      bytes allocated per training step
     * @param bytesPerPrediction bytes allocated per prediction
     */
    public record Result(String name, double msPerTrainingStep, double usPerPrediction, double bytesPerStep,
            double bytesPerPrediction) {
    }

    private NnBenchmark() {
    }

    /** The ensemble of 5 members of 6-64-64-6 and one MLP of 6-256-256-6, SiLU, batch 256. */
    public static Result[] run(int rounds) {
        return new Result[] {measure("ensemble 5 x (6-64-64-6)", 5, 64, rounds),
                measure("one MLP 6-256-256-6", 1, 256, rounds)};
    }

    static Result measure(String name, int members, int hidden, int rounds) {
        SplittableRandom random = new SplittableRandom(1);
        Mlp net = new Mlp(members, new int[] {6, hidden, hidden, 6}, Activation.SILU, random);
        Adam adam = new Adam(net.parameters(), 1e-3);
        Tensor x = Tensor.normal(1, 256, 6, 1, random);
        Tensor y = Tensor.normal(1, 256, 6, 1, random);
        Mlp.Predictor predictor = net.predictor(0);
        double[] input = {0.1, -0.2, 0.3, 0.4, -0.5, 0.6};
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int steps = hidden <= 64 ? 200 : 40;
        int predictions = hidden <= 64 ? 200_000 : 20_000;
        double[] stepTimes = new double[rounds];
        double[] predictionTimes = new double[rounds];
        double bytesPerStep = 0;
        double bytesPerPrediction = 0;
        double sink = 0;
        Tape tape = new Tape();   // one tape, cleared each step: its tensors are reused
        for (int round = -1; round < rounds; round++) {   // round -1 warms up
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                tape.clear();
                Tensor loss = tape.mse(net.forward(tape, x), y);
                tape.backward(loss);
                adam.step();
                sink += loss.item();
            }
            long stepNanos = System.nanoTime() - start;
            long stepBytes = threads.getCurrentThreadAllocatedBytes() - bytes;
            bytes = threads.getCurrentThreadAllocatedBytes();
            start = System.nanoTime();
            for (int p = 0; p < predictions; p++) {
                input[0] = p * 1e-7;
                sink += predictor.predict(input)[0];
            }
            long predictionNanos = System.nanoTime() - start;
            long predictionBytes = threads.getCurrentThreadAllocatedBytes() - bytes;
            if (round >= 0) {
                stepTimes[round] = stepNanos / 1e6 / steps;
                predictionTimes[round] = predictionNanos / 1e3 / predictions;
                bytesPerStep = stepBytes / (double) steps;
                bytesPerPrediction = predictionBytes / (double) predictions;
            }
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("the benchmark's network diverged");
        }
        return new Result(name, median(stepTimes), median(predictionTimes), bytesPerStep, bytesPerPrediction);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
