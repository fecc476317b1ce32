package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** docs/nn.md's example, as the page gives it: a forward pass, a loss, backward, Adam. */
class NnGuideExampleTest {

    @Test
    void theGuidesExampleFitsASine() {
        SplittableRandom random = new SplittableRandom(1);
        Mlp net = new Mlp(1, new int[] {1, 32, 32, 1}, Activation.TANH, random);   // 1 network: 1 -> 32 -> 32 -> 1
        Adam adam = new Adam(net.parameters(), 0.01);
        double last = Double.NaN;
        for (int step = 0; step < 600; step++) {
            double[] xs = new double[64];
            double[] ys = new double[64];
            for (int i = 0; i < 64; i++) {
                xs[i] = 2 * random.nextDouble() - 1;
                ys[i] = Math.sin(3 * xs[i]);
            }
            Tape tape = new Tape();
            Tensor loss = tape.mse(net.forward(tape, Tensor.of(64, 1, xs)), Tensor.of(64, 1, ys));
            tape.backward(loss);
            adam.step();                                  // updates the parameters and zeroes their gradients
            last = loss.item();
        }
        double[] prediction = net.predictor(0).predict(new double[] {0.5});   // no tape, nothing allocated
        assertTrue(last < 0.01, "mean squared error " + last);
        assertEquals(Math.sin(1.5), prediction[0], 0.1);
    }

    /** The page's code block is this test's, line for line (besides the lines that check it). */
    @Test
    void thePageShowsThisCode() throws Exception {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("").toAbsolutePath().getParent()
                .resolve("docs/nn.md"));
        String block = page.substring(page.indexOf("```java\n") + 8, page.indexOf("```\n", page.indexOf("```java\n")));
        String test = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/java/dyna/nn/NnGuideExampleTest.java"));
        for (String line : block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            assertTrue(test.contains(line), "docs/nn.md shows a line this test does not run: " + line);
        }
    }
}
