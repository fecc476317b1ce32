package dyna.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every operation's backward rule against central finite differences in double precision:
 * alone, broadcast, used twice in one graph, and in the ensemble product; and the checker itself
 * fails a deliberately wrong rule.
 */
class GradientCheckTest {

    private static final double TOLERANCE = 1e-6;

    private static Tensor random(int members, int rows, int cols, long seed) {
        return Tensor.normal(members, rows, cols, 1, new SplittableRandom(seed));
    }

    /** A scalar that weighs each value of {@code out} differently, so that every gradient matters. */
    private static Tensor weighed(Tape tape, Tensor out) {
        Tensor weights = random(out.members(), out.rows(), out.cols(), 99);
        return tape.sum(tape.mul(out, weights));
    }

    private static void checkUnary(String name, BiFunction<Tape, Tensor, Tensor> op, Tensor input) {
        double error = GradientCheck.maxError(tape -> weighed(tape, op.apply(tape, input)), input);
        assertTrue(error < TOLERANCE, name + ": gradient error " + error);
    }

    @Test
    void everyElementWiseFunction() {
        checkUnary("exp", Tape::exp, random(1, 3, 4, 1));
        checkUnary("tanh", Tape::tanh, random(1, 3, 4, 2));
        checkUnary("sigmoid", Tape::sigmoid, random(1, 3, 4, 3));
        checkUnary("relu", Tape::relu, random(1, 3, 4, 4));
        checkUnary("silu", Tape::silu, random(1, 3, 4, 5));
        checkUnary("elu", Tape::elu, random(1, 3, 4, 6));
        checkUnary("softplus", Tape::softplus, random(1, 3, 4, 7));
        checkUnary("square", Tape::square, random(1, 3, 4, 8));
        checkUnary("scale", (t, x) -> t.scale(x, -2.5), random(1, 3, 4, 9));
        checkUnary("shift", (t, x) -> t.shift(x, 0.7), random(1, 3, 4, 10));
        checkUnary("clamp", (t, x) -> t.clamp(x, -0.5, 0.5), random(1, 3, 4, 11));
        Tensor positive = Tensor.of(2, 3, 0.5, 1.5, 2.0, 3.0, 0.25, 4.0);
        checkUnary("log", Tape::log, positive);
        checkUnary("logSoftmax", Tape::logSoftmax, random(2, 3, 5, 12));
        checkUnary("softmax", Tape::softmax, random(1, 3, 5, 13));
        checkUnary("sumCols", Tape::sumCols, random(2, 3, 4, 14));
        checkUnary("sliceCols", (t, x) -> t.sliceCols(x, 1, 3), random(2, 3, 4, 15));
        checkUnary("mean", Tape::mean, random(2, 3, 4, 16));
        checkUnary("sqrt", Tape::sqrt, Tensor.of(2, 3, 0.5, 1.5, 2.0, 3.0, 0.25, 4.0));
        checkUnary("layerNorm", (t, x) -> t.layerNorm(x, 1e-5), random(2, 3, 5, 17));
    }

    @Test
    void binaryOperationsWithBroadcasting() {
        for (String op : new String[] {"add", "sub", "mul", "div", "min", "max"}) {
            BiFunction<Tensor, Tensor, Function<Tape, Tensor>> f = (a, b) -> tape -> weighed(tape, switch (op) {
                case "add" -> tape.add(a, b);
                case "sub" -> tape.sub(a, b);
                case "mul" -> tape.mul(a, b);
                case "min" -> tape.min(a, b);
                case "max" -> tape.max(a, b);
                default -> tape.div(a, tape.shift(tape.square(b), 1));   // a denominator away from 0
            });
            Tensor batch = random(2, 3, 4, 20);
            Tensor same = random(2, 3, 4, 21);
            Tensor bias = random(1, 1, 4, 22);       // one row for every member and row
            Tensor column = random(2, 3, 1, 23);     // one value per row
            Tensor scalar = random(1, 1, 1, 24);
            for (Tensor other : new Tensor[] {same, bias, column, scalar}) {
                double error = GradientCheck.maxError(f.apply(batch, other), batch, other);
                assertTrue(error < TOLERANCE, op + " with " + other.shape() + ": " + error);
                error = GradientCheck.maxError(f.apply(other, batch), other, batch);
                assertTrue(error < TOLERANCE, op + " of " + other.shape() + " with the batch: " + error);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Tape().add(random(1, 2, 3, 1), random(1, 3, 3, 2)));
    }

    @Test
    void theEnsembleProductAndSharedWeights() {
        Tensor batch = random(3, 4, 5, 30);      // 3 members, 4 rows, 5 features each
        Tensor weights = random(3, 5, 2, 31);    // each member's own weights
        double error = GradientCheck.maxError(tape -> weighed(tape, tape.matmul(batch, weights)), batch, weights);
        assertTrue(error < TOLERANCE, "per-member product: " + error);
        Tensor shared = random(1, 4, 5, 32);     // one batch through every member's weights
        error = GradientCheck.maxError(tape -> weighed(tape, tape.matmul(shared, weights)), shared, weights);
        assertTrue(error < TOLERANCE, "a shared batch: " + error);
    }

    @Test
    void aTensorUsedTwiceGetsBothGradients() {
        Tensor x = random(1, 3, 3, 40);
        Tensor w = random(1, 3, 3, 41);
        double error = GradientCheck.maxError(tape -> {
            Tensor h = tape.tanh(tape.matmul(x, w));
            Tensor again = tape.matmul(h, w);            // w used twice
            return weighed(tape, tape.add(tape.mul(h, h), again));   // h used three times
        }, x, w);
        assertTrue(error < TOLERANCE, "reuse: " + error);
        Tensor y = random(1, 2, 2, 42);
        Tape tape = new Tape();
        tape.backward(tape.sum(tape.add(y.requireGrad(), y)));
        assertEquals(2.0, y.grad()[0], 0, "x + x sends 2 back, not 1");
    }

    @Test
    void concatenationsAndLosses() {
        Tensor a = random(2, 3, 2, 50);
        Tensor b = random(2, 3, 3, 51);
        assertTrue(GradientCheck.maxError(tape -> weighed(tape, tape.concatCols(a, b)), a, b) < TOLERANCE);
        Tensor prediction = random(1, 4, 3, 52);
        Tensor target = random(1, 4, 3, 53);
        assertTrue(GradientCheck.maxError(tape -> tape.mse(prediction, target), prediction, target) < TOLERANCE);
        Tensor x = random(1, 4, 3, 54);
        Tensor mean = random(1, 4, 3, 55);
        Tensor logVar = random(1, 4, 3, 56);
        assertTrue(GradientCheck.maxError(tape -> tape.sum(tape.gaussianLogLikelihood(x, mean, logVar)), x, mean,
                logVar) < TOLERANCE);
        Tensor meanQ = random(1, 4, 3, 57);
        Tensor logVarQ = random(1, 4, 3, 58);
        assertTrue(GradientCheck.maxError(tape -> tape.sum(tape.gaussianKl(mean, logVar, meanQ, logVarQ)), mean, logVar,
                meanQ, logVarQ) < TOLERANCE);
        assertTrue(GradientCheck.maxError(tape -> weighed(tape, tape.sampleGaussian(mean, logVar,
                new SplittableRandom(7))), mean, logVar) < TOLERANCE, "the reparameterised sample, same noise each pass");
    }

    @Test
    void theValuesAreWhatTheFormulasSay() {
        Tape tape = new Tape();
        Tensor x = Tensor.of(1, 3, 1, 2, 3);
        Tensor log = tape.logSoftmax(x);
        double normaliser = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
        assertEquals(1 - normaliser, log.get(0, 0), 1e-12);
        Tensor mean = Tensor.of(1, 1, 0.5);
        Tensor logVar = Tensor.of(1, 1, Math.log(4));
        double ll = tape.gaussianLogLikelihood(Tensor.of(1, 1, 1.5), mean, logVar).item();
        assertEquals(-0.5 * (Math.log(2 * Math.PI * 4) + 1.0 / 4), ll, 1e-12);
        double kl = tape.gaussianKl(Tensor.of(1, 1, 0.0), Tensor.of(1, 1, 0.0), Tensor.of(1, 1, 1.0),
                Tensor.of(1, 1, Math.log(2))).item();
        assertEquals(0.5 * (1.0 / 2 + 1.0 / 2 - 1 + Math.log(2)), kl, 1e-12, "KL(N(0,1) || N(1,2))");
        assertEquals(Math.log(2), tape.softplus(Tensor.scalar(0)).item(), 1e-15);
        assertEquals(1000, tape.softplus(Tensor.scalar(1000)).item(), 1e-9, "no overflow");
    }

    @Test
    void detachStopsTheGradient() {
        Tensor x = Tensor.of(1, 2, 1.0, 2.0).requireGrad();
        Tape tape = new Tape();
        tape.backward(tape.sum(tape.mul(x, tape.detach(x))));
        assertEquals(1.0, x.grad()[0], 0, "d/dx of x * stop(x) is stop(x)");
        assertEquals(2.0, x.grad()[1], 0);
    }

    /** The checker's own ablation: a multiplication whose backward rule forgets one factor fails. */
    @Test
    void aWrongBackwardRuleFailsTheCheck() {
        Tensor a = random(1, 2, 3, 60);
        Tensor b = random(1, 2, 3, 61);
        Function<Tape, Tensor> wrong = tape -> {
            Tensor out = Tensor.zeros(1, 2, 3).requireGrad();
            for (int i = 0; i < out.size(); i++) {
                out.data()[i] = a.data()[i] * b.data()[i];
            }
            tape.record(out, () -> {
                for (int i = 0; i < out.size(); i++) {
                    a.grad()[i] += out.grad()[i];                  // should be out.grad * b
                    b.grad()[i] += out.grad()[i] * a.data()[i];
                }
            });
            return weighed(tape, out);
        };
        double error = GradientCheck.maxError(wrong, a, b);
        assertTrue(error > 0.01, "the check must catch a wrong rule: error " + error);
    }
}
