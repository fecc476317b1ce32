package dyna.core.control;

import java.util.random.RandomGenerator;

/** Standard normal draws redrawn until within two standard deviations, as mbrl-lib's {@code truncated_normal_}. */
final class TruncatedNormal {

    private TruncatedNormal() {
    }

    static double draw(RandomGenerator random) {
        while (true) {
            double x = random.nextGaussian();
            if (x >= -2 && x <= 2) {
                return x;
            }
        }
    }

    /**
     * The variance of entry {@code j} used for sampling around {@code mean}: at most
     * {@code variance}, and small enough that two standard deviations stay within the bounds
     * (mbrl-lib's constrained variance), so that truncated draws never leave them.
     */
    static double constrained(SequenceBounds bounds, int j, double mean, double variance) {
        double toLow = (mean - bounds.low()[j]) / 2;
        double toHigh = (bounds.high()[j] - mean) / 2;
        return Math.min(Math.min(toLow * toLow, toHigh * toHigh), variance);
    }
}
