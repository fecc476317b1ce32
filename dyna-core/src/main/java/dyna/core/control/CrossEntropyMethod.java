package dyna.core.control;

import java.util.random.RandomGenerator;

/**
 * The cross-entropy method over action sequences, as PETS plans with it (Chua et al. 2018;
 * mbrl-lib's {@code CEMOptimizer}): each iteration draws a population from a diagonal Gaussian
 * (truncated at two standard deviations, its variance constrained to keep the draws inside the
 * bounds), keeps the elites (the ⌈population · elite-ratio⌉ best), and moves the mean and
 * variance toward the elites' (unbiased) mean and variance with smoothing α: μ ← α μ + (1 − α) μ_elite.
 * The variance starts each call at (high − low)² / 16; the mean starts at the warm start. Returns
 * the final mean (mbrl-lib's {@code return_mean_elites}, which PETS' configurations set) or the
 * best candidate seen.
 */
public final class CrossEntropyMethod implements SequenceOptimizer {

    private final SequenceBounds bounds;
    private final int population;
    private final int elites;
    private final int iterations;
    private final double alpha;
    private final boolean returnMean;
    private final RandomGenerator random;
    private final Candidates pool;
    private final double[] variance;
    private final int[] eliteIndex;
    private final double[] best;

    /**
     * @param bounds     the sequence's bounds
     * @param population candidates per iteration
     * @param eliteRatio the share of the population kept as elites (rounded up)
     * @param iterations iterations per call
     * @param alpha      smoothing: the share of the old mean and variance kept each iteration
     * @param returnMean whether the result is the final mean (else the best candidate seen)
     * @param random     the optimiser's own stream
     */
    public CrossEntropyMethod(SequenceBounds bounds, int population, double eliteRatio, int iterations, double alpha,
            boolean returnMean, RandomGenerator random) {
        if (population < 1 || iterations < 1 || !(eliteRatio > 0 && eliteRatio <= 1) || !(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("CEM needs population >= 1, iterations >= 1, elite ratio in (0, 1] and "
                    + "alpha in [0, 1), not " + population + ", " + iterations + ", " + eliteRatio + ", " + alpha);
        }
        this.bounds = bounds;
        this.population = population;
        this.elites = (int) Math.ceil(population * eliteRatio);
        this.iterations = iterations;
        this.alpha = alpha;
        this.returnMean = returnMean;
        this.random = random;
        this.pool = new Candidates(population, bounds.length());
        this.variance = new double[bounds.length()];
        this.eliteIndex = new int[elites];
        this.best = new double[bounds.length()];
    }

    @Override
    public void optimize(SequenceObjective objective, double[] plan) {
        optimize(objective, plan, null, 0);
    }

    /** Each iteration evaluates the proposals first, then its own draws; elites come from both. */
    @Override
    public void optimize(SequenceObjective objective, double[] plan, double[] proposals, int count) {
        int length = bounds.length();
        int total = population + count;
        pool.admit(proposals, count, total);
        double[] candidates = pool.sequences();
        double[] values = pool.values();
        for (int j = 0; j < length; j++) {
            double range = bounds.high()[j] - bounds.low()[j];
            variance[j] = range * range / 16;
        }
        double bestValue = Double.NEGATIVE_INFINITY;
        System.arraycopy(plan, 0, best, 0, length);
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int i = count; i < total; i++) {
                for (int j = 0; j < length; j++) {
                    double std = Math.sqrt(TruncatedNormal.constrained(bounds, j, plan[j], variance[j]));
                    candidates[i * length + j] = plan[j] + std * TruncatedNormal.draw(random);
                }
            }
            objective.evaluate(candidates, total, values);
            Elites.select(values, total, eliteIndex);
            if (values[eliteIndex[0]] > bestValue) {
                bestValue = values[eliteIndex[0]];
                System.arraycopy(candidates, eliteIndex[0] * length, best, 0, length);
            }
            for (int j = 0; j < length; j++) {
                double sum = 0;
                for (int e : eliteIndex) {
                    sum += candidates[e * length + j];
                }
                double mean = sum / elites;
                double squares = 0;
                for (int e : eliteIndex) {
                    double d = candidates[e * length + j] - mean;
                    squares += d * d;
                }
                double eliteVariance = elites > 1 ? squares / (elites - 1) : 0;
                plan[j] = alpha * plan[j] + (1 - alpha) * mean;
                variance[j] = alpha * variance[j] + (1 - alpha) * eliteVariance;
            }
        }
        if (!returnMean) {
            System.arraycopy(best, 0, plan, 0, length);
        }
    }
}
