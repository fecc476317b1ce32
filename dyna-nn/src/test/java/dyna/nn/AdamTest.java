package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Adam (Kingma and Ba 2015, algorithm 1), and its two kinds of weight decay, step by step against numbers worked by hand. */
class AdamTest {

    private static Tensor parameter(double... values) {
        return Tensor.of(1, values.length, values).requireGrad();
    }

    private static void step(Adam adam, Tensor parameter, double... gradient) {
        System.arraycopy(gradient, 0, parameter.grad(), 0, gradient.length);
        adam.step();
    }

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
        Tensor p = parameter(1.0, -2.0);
        Adam adam = new Adam(List.of(p), 0.001);
        step(adam, p, 0.5, -40);
        assertEquals(0.99900000002, p.data()[0], 1e-12);
        assertEquals(-1.99900000000025, p.data()[1], 1e-12);
        step(adam, p, 0.1, -40);
        assertEquals(0.9981969590638465, p.data()[0], 1e-12);
        assertEquals(-1.9980000000004998, p.data()[1], 1e-12, "a steady gradient: α per step");
        step(adam, p, -0.3, 20);
        assertEquals(0.9979862461176351, p.data()[0], 1e-12);
        assertEquals(-1.9974843465948633, p.data()[1], 1e-12);
        assertEquals(0.0, p.grad()[0], "the step leaves the gradient at zero for the next pass");
    }

    /**
     * L2 decay as PyTorch's {@code Adam(weight_decay=λ)} adds it, λ θ to the gradient, for its
     * group only: with no gradient, a decayed parameter's first step is α · sign(λ θ), a
     * parameter of a group without decay stays. Decoupled decay (AdamW) instead shrinks θ by
     * α λ θ and then takes the Adam step of the gradient alone (none here).
     */
    @Test
    void l2DecayIsAddedToTheGradientOfItsGroupAndDecoupledDecayShrinksTheParameter() {
        Tensor decayed = parameter(2.0, -3.0);
        Tensor kept = parameter(5.0);
        Adam adam = new Adam(List.of(new Adam.Group(List.of(decayed), 0.01, 0.1, Adam.Decay.L2),
                new Adam.Group(List.of(kept), 0.01, 0)), 0.9, 0.999, 1e-8);
        adam.step();
        assertEquals(2.0 - 0.01 * 0.2 / (0.2 + 1e-8), decayed.data()[0], 1e-12);
        assertEquals(-3.0 + 0.01 * 0.3 / (0.3 + 1e-8), decayed.data()[1], 1e-12);
        assertEquals(5.0, kept.data()[0], "not decayed: no gradient, no step");
        Tensor w = parameter(2.0);
        Adam adamW = new Adam(List.of(w), 0.01, 0.9, 0.999, 1e-8, 0.1);
        adamW.step();
        assertEquals(2.0 * (1 - 0.01 * 0.1), w.data()[0], 1e-15, "decoupled: shrunk, no Adam step without a gradient");
    }
}
