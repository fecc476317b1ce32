package dyna.core.control;

import java.util.random.RandomGenerator;

/**
 * Random shooting: one population of sequences drawn uniformly within the bounds, the best
 * taken (Nagabandi et al. 2018's planner for learned models); the warm start is ignored. The
 * baseline every other optimiser should beat for the same number of evaluations.
 */
public final class RandomShooting implements SequenceOptimizer {

    private final SequenceBounds bounds;
    private final int population;
    private final RandomGenerator random;
    private final Candidates pool;
    private final int[] bestIndex = new int[1];
    private final boolean indices;

    /**
     * @param bounds     the sequence's bounds
     * @param population candidates drawn per call
     * @param random     the optimiser's own stream
     */
    public RandomShooting(SequenceBounds bounds, int population, RandomGenerator random) {
        this(bounds, population, random, false);
    }

    /**
     * Random shooting over sequences of discrete actions: each entry an index drawn uniformly from
     * 0 to {@code actions − 1} (as a double).
     */
    public static RandomShooting overIndices(int horizon, int actions, int population, RandomGenerator random) {
        double[] low = new double[horizon];
        double[] high = new double[horizon];
        java.util.Arrays.fill(high, actions);
        return new RandomShooting(new SequenceBounds(horizon, 1, low, high), population, random, true);
    }

    private RandomShooting(SequenceBounds bounds, int population, RandomGenerator random, boolean indices) {
        if (population < 1) {
            throw new IllegalArgumentException("random shooting needs a population >= 1, not " + population);
        }
        this.bounds = bounds;
        this.population = population;
        this.random = random;
        this.pool = new Candidates(population, bounds.length());
        this.indices = indices;
    }

    @Override
    public void optimize(SequenceObjective objective, double[] plan) {
        optimize(objective, plan, null, 0);
    }

    /** The proposals are candidates beside the drawn ones. */
    @Override
    public void optimize(SequenceObjective objective, double[] plan, double[] proposals, int count) {
        int length = bounds.length();
        int total = population + count;
        pool.admit(proposals, count, total);
        double[] candidates = pool.sequences();
        double[] values = pool.values();
        for (int i = count; i < total; i++) {
            for (int j = 0; j < length; j++) {
                double u = bounds.low()[j] + (bounds.high()[j] - bounds.low()[j]) * random.nextDouble();
                candidates[i * length + j] = indices ? Math.floor(u) : u;
            }
        }
        objective.evaluate(candidates, total, values);
        Elites.select(values, total, bestIndex);
        System.arraycopy(candidates, bestIndex[0] * length, plan, 0, length);
    }
}
