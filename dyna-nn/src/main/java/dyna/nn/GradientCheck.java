package dyna.nn;

import java.util.function.Function;

/**
 * Checks a tape's gradients against central finite differences: for each value of each input,
 * (f(v + h) - f(v - h)) / 2h against the gradient the backward pass gave. For tests of new
 * operations and layers, the built-in ones' and your own.
 */
public final class GradientCheck {

    private static final double STEP = 1e-6;

    private GradientCheck() {
    }

    /**
     * The largest error of the tape's gradients of {@code loss} with respect to {@code inputs}
     * against central differences, each relative to the larger of 1 and the two gradients'
     * sizes. The inputs are marked as {@linkplain Tensor#requireGrad() wanting gradients}; their
     * values are restored after each difference.
     *
     * @param loss builds the scalar loss on the tape it is given, from the inputs
     */
    public static double maxError(Function<Tape, Tensor> loss, Tensor... inputs) {
        for (Tensor input : inputs) {
            input.requireGrad();
            input.zeroGrad();
        }
        Tape tape = new Tape();
        tape.backward(loss.apply(tape));
        double worst = 0;
        for (Tensor input : inputs) {
            double[] values = input.data();
            double[] analytic = input.grad().clone();
            for (int i = 0; i < values.length; i++) {
                double kept = values[i];
                values[i] = kept + STEP;
                double above = loss.apply(new Tape()).item();
                values[i] = kept - STEP;
                double below = loss.apply(new Tape()).item();
                values[i] = kept;
                double numeric = (above - below) / (2 * STEP);
                double error = Math.abs(analytic[i] - numeric)
                        / Math.max(1, Math.max(Math.abs(analytic[i]), Math.abs(numeric)));
                worst = Math.max(worst, error);
            }
        }
        return worst;
    }
}
