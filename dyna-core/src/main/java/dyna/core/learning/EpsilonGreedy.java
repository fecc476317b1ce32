package dyna.core.learning;

import dyna.api.learning.Policy;
import java.util.random.RandomGenerator;

/**
 * With probability ε an action chosen uniformly among all actions; otherwise a greedy action,
 * with ties between equal values broken uniformly at random (the ties decide the first
 * episodes, when every value is 0).
 */
public final class EpsilonGreedy implements Policy {

    private final double epsilon;
    private final RandomGenerator random;

    /** A policy exploring with probability {@code epsilon}, drawing from {@code random}. */
    public EpsilonGreedy(double epsilon, RandomGenerator random) {
        this.epsilon = epsilon;
        this.random = random;
    }

    @Override
    public int select(double[] values) {
        int n = values.length;
        if (epsilon > 0 && random.nextDouble() < epsilon) {     // with ε = 0 no exploration draw is made
            return random.nextInt(n);
        }
        double best = values[0];
        int ties = 1;
        for (int a = 1; a < n; a++) {
            double v = values[a];
            if (v > best) {
                best = v;
                ties = 1;
            } else if (v == best) {
                ties++;
            }
        }
        int pick = ties == 1 ? 0 : random.nextInt(ties);
        for (int a = 0; a < n; a++) {
            if (values[a] == best && pick-- == 0) {
                return a;
            }
        }
        throw new IllegalStateException("no greedy action among " + n);
    }

    /** ε/n for every action, plus (1 − ε) shared equally among the greedy ones. */
    @Override
    public void probabilities(double[] values, double[] out) {
        int n = values.length;
        double best = values[0];
        int ties = 0;
        for (double v : values) {
            if (v > best) {
                best = v;
            }
        }
        for (double v : values) {
            ties += v == best ? 1 : 0;
        }
        for (int a = 0; a < n; a++) {
            out[a] = epsilon / n + (values[a] == best ? (1 - epsilon) / ties : 0);
        }
    }
}
