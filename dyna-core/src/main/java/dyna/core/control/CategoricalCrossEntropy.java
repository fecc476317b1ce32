package dyna.core.control;

import java.util.random.RandomGenerator;

/**
 * The cross-entropy method over sequences of discrete actions: an independent categorical
 * distribution per step, from which each iteration draws a population; the probabilities move
 * toward the elites' action frequencies with smoothing α, p ← α p + (1 − α) f_elite (Rubinstein
 * and Kroese's CEM for discrete problems). Sequences are written as action indices (0 to
 * {@code actions − 1}, as doubles) for the objective. Each call starts from uniform
 * probabilities (the warm start is not used: a plan of indices carries no spread to keep) and
 * returns the most probable action of each step, or the best candidate seen.
 */
public final class CategoricalCrossEntropy implements SequenceOptimizer {

    private final int horizon;
    private final int actions;
    private final int population;
    private final int elites;
    private final int iterations;
    private final double alpha;
    private final boolean returnMostProbable;
    private final RandomGenerator random;
    private final double[] probabilities;
    private final double[] candidates;
    private final double[] values;
    private final int[] eliteIndex;
    private final double[] best;

    /**
     * @param horizon            actions per sequence
     * @param actions            how many discrete actions there are
     * @param population         candidates per iteration
     * @param eliteRatio         the share of the population kept as elites (rounded up)
     * @param iterations         iterations per call
     * @param alpha              smoothing: the share of the old probabilities kept each iteration
     * @param returnMostProbable whether the result is each step's most probable action (else the best candidate seen)
     * @param random             the optimiser's own stream
     */
    public CategoricalCrossEntropy(int horizon, int actions, int population, double eliteRatio, int iterations,
            double alpha, boolean returnMostProbable, RandomGenerator random) {
        if (horizon < 1 || actions < 1 || population < 1 || iterations < 1 || !(eliteRatio > 0 && eliteRatio <= 1)
                || !(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("categorical CEM needs horizon, actions, population and iterations >= 1, "
                    + "elite ratio in (0, 1] and alpha in [0, 1), not " + horizon + ", " + actions + ", " + population
                    + ", " + iterations + ", " + eliteRatio + ", " + alpha);
        }
        this.horizon = horizon;
        this.actions = actions;
        this.population = population;
        this.elites = (int) Math.ceil(population * eliteRatio);
        this.iterations = iterations;
        this.alpha = alpha;
        this.returnMostProbable = returnMostProbable;
        this.random = random;
        this.probabilities = new double[horizon * actions];
        this.candidates = new double[population * horizon];
        this.values = new double[population];
        this.eliteIndex = new int[elites];
        this.best = new double[horizon];
    }

    @Override
    public void optimize(SequenceObjective objective, double[] plan) {
        java.util.Arrays.fill(probabilities, 1.0 / actions);
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int i = 0; i < population; i++) {
                for (int t = 0; t < horizon; t++) {
                    candidates[i * horizon + t] = draw(t);
                }
            }
            objective.evaluate(candidates, population, values);
            Elites.select(values, population, eliteIndex);
            if (values[eliteIndex[0]] > bestValue) {
                bestValue = values[eliteIndex[0]];
                System.arraycopy(candidates, eliteIndex[0] * horizon, best, 0, horizon);
            }
            for (int t = 0; t < horizon; t++) {
                for (int a = 0; a < actions; a++) {
                    probabilities[t * actions + a] *= alpha;
                }
                for (int e : eliteIndex) {
                    probabilities[t * actions + (int) candidates[e * horizon + t]] += (1 - alpha) / elites;
                }
            }
        }
        for (int t = 0; t < horizon; t++) {
            plan[t] = returnMostProbable ? mostProbable(t) : best[t];
        }
    }

    /** An action drawn from step t's probabilities. */
    private int draw(int t) {
        double u = random.nextDouble();
        double sum = 0;
        for (int a = 0; a < actions - 1; a++) {
            sum += probabilities[t * actions + a];
            if (u < sum) {
                return a;
            }
        }
        return actions - 1;
    }

    /** Step t's most probable action, the lowest index on a tie. */
    private int mostProbable(int t) {
        int best = 0;
        for (int a = 1; a < actions; a++) {
            if (probabilities[t * actions + a] > probabilities[t * actions + best]) {
                best = a;
            }
        }
        return best;
    }

    /** The probability of action {@code a} at step {@code t} after the last call, for tests. */
    double probability(int t, int a) {
        return probabilities[t * actions + a];
    }
}
