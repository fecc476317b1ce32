package dyna.models.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Adam (Kingma and Ba 2015, algorithm 1) with PyTorch's weight decay, step by step against numbers worked by hand. */
class AdamTest {

    /**
     * α = 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-8, gradients (0.5, −40), (0.1, −40), (−0.3, 20).
     * Bias correction makes the first step α · sign(g) whatever the gradient's size (m̂ = g,
     * v̂ = g²); without it the first step would be α (1 − β1) g / sqrt((1 − β2) g²) = 3.16 α. Step
     * 2 of the first parameter: m = 0.9 · 0.05 + 0.1 · 0.1 = 0.055, v = 0.999 · 0.00025 + 0.001 ·
     * 0.01 = 0.00025975, m̂ = m / 0.19 = 0.28947, v̂ = v / 0.001999 = 0.12994, step = α m̂ /
     * (sqrt(v̂) + ε) = 0.00080304.
     */
    @Test
    void theFirstStepsAreTheBiasCorrectedOnes() {
        double[] params = {1.0, -2.0};
        Adam adam = new Adam(2, 0, 0.001, 0);
        adam.step(params, new double[] {0.5, -40});
        assertEquals(0.99900000002, params[0], 1e-12);
        assertEquals(-1.99900000000025, params[1], 1e-12);
        adam.step(params, new double[] {0.1, -40});
        assertEquals(0.9981969590638465, params[0], 1e-12);
        assertEquals(-1.9980000000004998, params[1], 1e-12, "a steady gradient: α per step");
        adam.step(params, new double[] {-0.3, 20});
        assertEquals(0.9979862461176351, params[0], 1e-12);
        assertEquals(-1.9974843465948633, params[1], 1e-12);
    }

    /**
     * Weight decay as PyTorch's Adam adds it, λ θ to the gradient, for the decayed parameters
     * only: with no gradient, a decayed parameter's first step is α · sign(λ θ), the others stay.
     */
    @Test
    void weightDecayIsAddedToTheGradientOfTheDecayedParametersOnly() {
        double[] params = {2.0, -3.0, 5.0};
        Adam adam = new Adam(3, 2, 0.01, 0.1);
        adam.step(params, new double[] {0, 0, 0});
        assertEquals(2.0 - 0.01 * 0.2 / (0.2 + 1e-8), params[0], 1e-12);
        assertEquals(-3.0 + 0.01 * 0.3 / (0.3 + 1e-8), params[1], 1e-12);
        assertEquals(5.0, params[2], "not decayed: no gradient, no step");
    }

    /** Saved and read back, the step count and moments go on as if never interrupted. */
    @Test
    void aReadStateGoesOnAsTheSavedOne() throws Exception {
        double[] a = {1.0, -2.0};
        Adam first = new Adam(2, 0, 0.001, 0);
        first.step(a, new double[] {0.5, -40});
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        first.write(new java.io.DataOutputStream(bytes));
        Adam second = new Adam(2, 0, 0.001, 0);
        second.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        double[] b = a.clone();
        first.step(a, new double[] {0.1, -40});
        second.step(b, new double[] {0.1, -40});
        assertEquals(a[0], b[0]);
        assertEquals(a[1], b[1]);
        assertEquals(0.9981969590638465, b[0], 1e-12, "the second step, bias corrected for t = 2");
    }
}
