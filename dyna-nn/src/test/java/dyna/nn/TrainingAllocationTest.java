package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A training loop that clears one tape each step allocates nothing once warm: the tape reuses
 * its tensors and its recorded steps (bytes counted by the JVM, not timed).
 */
class TrainingAllocationTest {

    @Test
    void aWarmTrainingStepAllocatesNothing() {
        SplittableRandom random = new SplittableRandom(1);
        Mlp ensemble = new Mlp(5, new int[] {6, 32, 32, 6}, Activation.SILU, random);
        Gru gru = new Gru(1, 6, 8, random);
        java.util.List<Tensor> parameters = new java.util.ArrayList<>(ensemble.parameters());
        parameters.addAll(gru.parameters());
        Adam adam = new Adam(parameters, 1e-3);
        Tensor x = Tensor.normal(1, 64, 6, 1, random);
        Tensor y = Tensor.normal(1, 64, 6, 1, random);
        Tensor h = Tensor.zeros(64, 8);
        Tape tape = new Tape();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (int round = 0; round < 2; round++) {   // the first warms up
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int step = 0; step < 200; step++) {
                tape.clear();
                Tensor state = gru.step(tape, x, gru.step(tape, x, h));
                Tensor loss = tape.add(tape.mse(ensemble.forward(tape, x), y), tape.mean(tape.square(state)));
                tape.backward(loss);
                adam.step();
            }
            bytes = threads.getCurrentThreadAllocatedBytes() - before;
        }
        assertTrue(bytes < 10_000, bytes + " bytes for 200 warm training steps of an ensemble and a GRU");
    }

    /**
     * A trim lets go of the pools of shapes no pass has used since the last trim, and keeps
     * those in use: batches of 64 and then of 20 rows pool both; after passes of 64 rows alone
     * the 20-row tensors go, and the 64-row passes still reuse theirs.
     */
    @Test
    void aTrimDropsThePoolsOfShapesNoLongerUsed() {
        SplittableRandom random = new SplittableRandom(2);
        Mlp net = new Mlp(1, new int[] {3, 8, 2}, Activation.TANH, random);
        Tape tape = new Tape();
        java.util.function.IntConsumer pass = rows -> {
            tape.clear();
            Tensor x = Tensor.normal(1, rows, 3, 1, random);
            tape.backward(tape.mean(tape.square(net.forward(tape, x))));
        };
        pass.accept(64);
        pass.accept(20);
        tape.clear();
        int both = tape.pooled();
        tape.trim();
        assertEquals(both, tape.pooled(), "both shapes were used since the tape was made");
        pass.accept(64);
        tape.clear();
        int one = tape.pooled();
        tape.trim();
        assertTrue(tape.pooled() < one, "the 20-row tensors go: " + tape.pooled() + " of " + one);
        int kept = tape.pooled();
        pass.accept(64);
        tape.clear();
        assertEquals(kept, tape.pooled(), "a 64-row pass reuses what was kept, making nothing new");
    }
}
