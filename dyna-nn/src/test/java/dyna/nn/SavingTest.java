package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A network and its optimiser saved part-way through training and read into fresh ones go on
 * exactly as the original does; bytes of another network are refused saying why; parameter
 * groups keep their own learning rates.
 */
class SavingTest {

    private static void train(Mlp net, Adam adam, SplittableRandom data, int steps) {
        Tape tape = new Tape();
        for (int step = 0; step < steps; step++) {
            tape.clear();
            double[] xs = new double[32];
            double[] ys = new double[32];
            for (int i = 0; i < 32; i++) {
                xs[i] = data.nextDouble();
                ys[i] = Math.cos(4 * xs[i]);
            }
            tape.backward(tape.mse(net.forward(tape, Tensor.of(32, 1, xs)), Tensor.of(32, 1, ys)));
            adam.step();
        }
    }

    private static byte[] save(Mlp net, Adam adam) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Parameters.write(net.parameters(), out);
            adam.write(out);
        }
        return bytes.toByteArray();
    }

    @Test
    void aSavedNetworkAndOptimiserGoOnExactlyAsTheOriginal() throws IOException {
        Mlp original = new Mlp(2, new int[] {1, 16, 1}, Activation.TANH, new SplittableRandom(1));
        Adam adam = new Adam(original.parameters(), 0.01);
        train(original, adam, new SplittableRandom(2), 50);
        byte[] saved = save(original, adam);

        Mlp loaded = new Mlp(2, new int[] {1, 16, 1}, Activation.TANH, new SplittableRandom(99));   // other values
        Adam fresh = new Adam(loaded.parameters(), 0.01);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved))) {
            Parameters.read(loaded.parameters(), in);
            fresh.read(in);
        }
        train(original, adam, new SplittableRandom(3), 50);
        train(loaded, fresh, new SplittableRandom(3), 50);
        for (int p = 0; p < original.parameters().size(); p++) {
            assertArrayEquals(original.parameters().get(p).data(), loaded.parameters().get(p).data(), 0,
                    "parameter " + p + " bit for bit after 50 more steps");
        }
    }

    @Test
    void bytesOfAnotherNetworkAreRefusedSayingWhy() throws IOException {
        Mlp small = new Mlp(1, new int[] {1, 8, 1}, Activation.TANH, new SplittableRandom(1));
        byte[] saved = save(small, new Adam(small.parameters(), 0.01));
        Mlp wider = new Mlp(1, new int[] {1, 16, 1}, Activation.TANH, new SplittableRandom(1));
        IOException refused = assertThrows(IOException.class, () -> Parameters.read(wider.parameters(),
                new DataInputStream(new ByteArrayInputStream(saved))));
        assertEquals("parameter tensor 1 was saved as [1, 1, 8], this one is [1, 1, 16]", refused.getMessage());
        Mlp deeper = new Mlp(1, new int[] {1, 8, 8, 1}, Activation.TANH, new SplittableRandom(1));
        refused = assertThrows(IOException.class, () -> Parameters.read(deeper.parameters(),
                new DataInputStream(new ByteArrayInputStream(saved))));
        assertEquals("the saved network has 4 parameter tensors, this one 6", refused.getMessage());
    }

    @Test
    void eachParameterGroupHasItsOwnLearningRate() {
        Tensor actor = Tensor.of(1, 1, 1.0).requireGrad();
        Tensor critic = Tensor.of(1, 1, 1.0).requireGrad();
        actor.grad()[0] = 1;
        critic.grad()[0] = 1;
        new Adam(List.of(new Adam.Group(List.of(actor), 0.001, 0), new Adam.Group(List.of(critic), 0.1, 0)), 0.9, 0.999,
                1e-8).step();
        assertEquals(1 - 0.001, actor.item(), 1e-9);
        assertEquals(1 - 0.1, critic.item(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new Adam.Group(List.of(actor), -0.001, 0));
    }
}
