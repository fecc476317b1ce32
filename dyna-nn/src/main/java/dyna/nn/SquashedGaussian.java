package dyna.nn;

import java.util.random.RandomGenerator;

/**
 * A diagonal Gaussian squashed by tanh into (−1, 1): the action distribution of Soft
 * Actor-Critic's actor (Haarnoja et al. 2018, appendix C) and of actors for bounded actions
 * generally (scale the result to the action's bounds). A sample is reparameterised, u = μ + σ ε
 * with ε standard normal from the caller's stream, a = tanh u, so gradients flow from the action
 * and its log-density back to μ and log σ; the log-density is that of the Gaussian at u minus
 * Σ log(1 − tanh² u), the latter computed as 2 (log 2 − u − softplus(−2u)), which stays finite
 * where tanh u rounds to ±1 (as SB3 and CleanRL do with an epsilon, and TF-Agents with this form).
 */
public final class SquashedGaussian {

    private static final double LOG_2 = Math.log(2);

    private SquashedGaussian() {
    }

    /**
     * A sample and its log-density.
     *
     * @param action  tanh u, shape of the mean
     * @param logProb the log-density of the action, summed over its columns: {@code [m, b, 1]}
     */
    public record Sample(Tensor action, Tensor logProb) {
    }

    /**
     * Draws a reparameterised sample for each row of {@code mean} ({@code [m, b, d]}) with
     * standard deviations {@code exp(logStd)} (same shape; clamp it first, as SAC's actors do, to
     * [−20, 2] or [−5, 2]).
     */
    public static Sample sample(Tape tape, Tensor mean, Tensor logStd, RandomGenerator random) {
        Tensor logVar = tape.scale(logStd, 2);
        Tensor u = draw(tape, mean, logVar, random);
        Tensor logProb = logProb(tape, u, mean, logVar);
        return new Sample(squash(tape, u), logProb);
    }

    /**
     * The Gaussian draw before squashing, u = μ + exp(logVar / 2) ε, with logVar = 2 log σ: with
     * {@link #logProb} and {@link #squash}, in that order, it is {@link #sample} to the bit without
     * the {@code Sample} object, for a training loop that must not allocate.
     */
    public static Tensor draw(Tape tape, Tensor mean, Tensor logVar, RandomGenerator random) {
        return tape.sampleGaussian(mean, logVar, random);
    }

    /** The log-density of the action tanh u of a {@link #draw}, summed over its columns: {@code [m, b, 1]}. */
    public static Tensor logProb(Tape tape, Tensor u, Tensor mean, Tensor logVar) {
        Tensor gaussian = tape.gaussianLogLikelihood(u, mean, logVar);
        return tape.sub(gaussian, tape.sumCols(logOneMinusTanhSquared(tape, u)));
    }

    /** The action of a draw, tanh u. */
    public static Tensor squash(Tape tape, Tensor u) {
        return tape.tanh(u);
    }

    /** The action of the mean, tanh μ: what an actor takes when it acts without exploring. */
    public static Tensor mode(Tape tape, Tensor mean) {
        return tape.tanh(mean);
    }

    /** log(1 − tanh² u) of each value, as 2 (log 2 − u − softplus(−2u)). */
    static Tensor logOneMinusTanhSquared(Tape tape, Tensor u) {
        Tensor inner = tape.add(u, tape.softplus(tape.scale(u, -2)));
        return tape.shift(tape.scale(inner, -2), 2 * LOG_2);
    }
}
