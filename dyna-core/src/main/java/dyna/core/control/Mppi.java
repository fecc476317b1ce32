package dyna.core.control;

import java.util.random.RandomGenerator;

/**
 * Model-predictive path integral control over action sequences, as PDDM (Nagabandi et al. 2019)
 * and mbrl-lib's {@code MPPIOptimizer} run it: each iteration draws noise n (truncated normal,
 * standard deviation σ constrained to the bounds), smooths it through time,
 * u_t = β (μ_t + n_t) + (1 − β) u_{t−1} (u_{−1} the last action taken), clips to the bounds, and
 * sets the mean to the population weighted by exp(γ (value − best value)); the result is the
 * mean. Between calls the caller shifts the plan one step ({@link SequenceBounds#shift}), as
 * mbrl-lib shifts its mean.
 *
 * <p>One difference from mbrl-lib, on purpose: its code draws the noise scaled by the
 * constrained σ and then smooths the unscaled noise, so σ has no effect there; here the scaled
 * noise is smoothed, as PDDM's paper writes it.
 */
public final class Mppi implements SequenceOptimizer {

    private final SequenceBounds bounds;
    private final int population;
    private final int iterations;
    private final double temperature;
    private final double variance;
    private final double beta;
    private final RandomGenerator random;
    private final Candidates pool;
    private double[] weights;
    private final double[] lastAction;

    /**
     * @param bounds      the sequence's bounds
     * @param population  candidates per iteration
     * @param iterations  iterations per call
     * @param temperature γ, the weight's scale of values (higher: nearer the best candidate)
     * @param sigma       the noise's standard deviation before constraining to the bounds
     * @param beta        smoothing through time (1: none)
     * @param random      the optimiser's own stream
     */
    public Mppi(SequenceBounds bounds, int population, int iterations, double temperature, double sigma, double beta,
            RandomGenerator random) {
        if (population < 1 || iterations < 1 || !(temperature > 0) || !(sigma > 0) || !(beta > 0 && beta <= 1)) {
            throw new IllegalArgumentException("MPPI needs population >= 1, iterations >= 1, temperature > 0, sigma > 0 "
                    + "and beta in (0, 1], not " + population + ", " + iterations + ", " + temperature + ", " + sigma
                    + ", " + beta);
        }
        this.bounds = bounds;
        this.population = population;
        this.iterations = iterations;
        this.temperature = temperature;
        this.variance = sigma * sigma;
        this.beta = beta;
        this.random = random;
        this.pool = new Candidates(population, bounds.length());
        this.weights = new double[population];
        this.lastAction = new double[bounds.dimensions()];
        reset();
    }

    /**
     * Improves {@code plan}, whose first action is taken next; the action before it (for
     * smoothing) is the first of the plan the last call returned, or the middle of the bounds.
     */
    @Override
    public void optimize(SequenceObjective objective, double[] plan) {
        optimize(objective, plan, null, 0);
    }

    /** Each iteration weights the proposals beside its own draws. */
    @Override
    public void optimize(SequenceObjective objective, double[] plan, double[] proposals, int count) {
        int length = bounds.length();
        int d = bounds.dimensions();
        int total = population + count;
        pool.admit(proposals, count, total);
        double[] candidates = pool.sequences();
        double[] values = pool.values();
        if (weights.length < total) {
            weights = new double[total];
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int i = count; i < total; i++) {
                int row = i * length;
                for (int j = 0; j < length; j++) {
                    double std = Math.sqrt(TruncatedNormal.constrained(bounds, j, plan[j], variance));
                    double previous = j < d ? lastAction[j] : candidates[row + j - d];
                    double u = beta * (plan[j] + std * TruncatedNormal.draw(random)) + (1 - beta) * previous;
                    candidates[row + j] = Math.min(Math.max(u, bounds.low()[j]), bounds.high()[j]);
                }
            }
            objective.evaluate(candidates, total, values);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < total; i++) {
                if (values[i] > max) {
                    max = values[i];
                }
            }
            double norm = 0;
            for (int i = 0; i < total; i++) {
                weights[i] = Double.isNaN(values[i]) ? 0 : Math.exp(temperature * (values[i] - max));
                norm += weights[i];
            }
            for (int j = 0; j < length; j++) {
                double sum = 0;
                for (int i = 0; i < total; i++) {
                    sum += weights[i] * candidates[i * length + j];
                }
                plan[j] = sum / norm;
            }
        }
        System.arraycopy(plan, 0, lastAction, 0, d);
    }

    /** Forgets the last action, as at the start of an episode. */
    public void reset() {
        System.arraycopy(bounds.middle(), 0, lastAction, 0, bounds.dimensions());
    }
}
