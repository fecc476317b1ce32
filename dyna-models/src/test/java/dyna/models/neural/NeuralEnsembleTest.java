package dyna.models.neural;

import dyna.api.space.Discrete;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.nn.Activation;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the ensemble predicts, learned from a known world: a point on a line that moves 0.1 right
 * (action 1) or left (action 0) with Gaussian noise of standard deviation 0.05, reward its
 * position, the episode ending past 0.5. Its predictions are the world's, its propagation modes
 * use its elites as published (PETS: TS1, TS-infinity, the mean), its noise has the learned
 * spread, and its uncertainty is the elites' disagreement.
 */
class NeuralEnsembleTest {

    private static final double NOISE = 0.05;

    private static EnsembleSettings settings(EnsembleSettings.Propagation propagation, boolean noise, int trainEvery) {
        return new EnsembleSettings(4, 3, new int[] {32, 32}, Activation.SILU, 3e-3, 0, 32, trainEvery, 60, 0, 10, 0.2,
                2000, propagation, noise);
    }

    /** An ensemble that has observed {@code n} transitions of the world, from positions in [-1, 1]. */
    private static NeuralEnsemble observed(EnsembleSettings settings, int n, long seed) {
        NeuralEnsemble ensemble = new NeuralEnsemble(settings, 1, new Discrete(2), new SplittableRandom(seed));
        SplittableRandom world = new SplittableRandom(seed + 100);
        Transition t = new Transition(1);
        for (int i = 0; i < n; i++) {
            double x = world.nextDouble() * 2 - 1;
            int a = world.nextInt(2);
            double next = x + (a == 1 ? 0.1 : -0.1) + NOISE * world.nextGaussian();
            t.start(new double[] {x}, a);
            t.nextObservation()[0] = next;
            t.outcome(x, next > 0.5, false);
            ensemble.observe(t);
        }
        return ensemble;
    }

    private static Transition predict(NeuralEnsemble model, double x, int action, Object rollout) {
        Transition query = new Transition(1).start(new double[] {x}, action);
        if (rollout == null) {
            model.sample(query);
        } else {
            model.sample(query, rollout);
        }
        return query;
    }

    @Test
    void theMeanOfTheElitesPredictsTheWorld() {
        NeuralEnsemble model = observed(settings(EnsembleSettings.Propagation.MEAN, false, 100_000), 1500, 1);
        model.train();
        for (double x : new double[] {-0.6, -0.2, 0.1}) {
            for (int a = 0; a < 2; a++) {
                Transition p = predict(model, x, a, null);
                double expected = x + (a == 1 ? 0.1 : -0.1);
                assertEquals(expected, p.nextObservation()[0], 0.03, "next position from " + x + ", action " + a);
                assertEquals(x, p.reward(), 0.03, "reward at " + x);
                assertFalse(p.terminated(), "from " + x);
            }
        }
        assertTrue(predict(model, 0.9, 1, null).terminated(), "1.0 is past the end");
        assertFalse(predict(model, -0.9, 0, null).terminated());
    }

    @Test
    void anUntrainedEnsembleRefusesToPredictAndTrainsWhenItsTurnComes() {
        NeuralEnsemble model = observed(settings(EnsembleSettings.Propagation.MEAN, false, 500), 499, 2);
        assertFalse(model.knows(new Transition(1).start(new double[] {0}, 0)));
        assertThrows(IllegalArgumentException.class, () -> predict(model, 0, 0, null));
        assertThrows(IllegalArgumentException.class, () -> model.uncertainty(new Transition(1).start(new double[] {0},
                0)));
        Transition t = new Transition(1).start(new double[] {0}, 1);
        t.nextObservation()[0] = 0.1;
        t.outcome(0, false, false);
        model.observe(t);
        assertTrue(model.knows(t), "a retraining is due after 500 real steps");
        assertEquals(0, model.trainings());
        model.startRollout(t, model.newRolloutState());
        assertEquals(1, model.trainings(), "the ensemble trains before the rollout that needs it");
        assertEquals(0.1, predict(model, 0, 1, null).nextObservation()[0], 0.05);

        NeuralEnsemble due = observed(settings(EnsembleSettings.Propagation.MEAN, false, 500), 500, 2);
        assertEquals(0.1, predict(due, 0, 1, null).nextObservation()[0], 0.05, "a sample outside a rollout trains first");
        assertEquals(1, due.trainings());
        assertTrue(due.train() > 0, "a retraining says how many epochs it ran");
        assertEquals("neural-ensemble/2", due.format());
    }

    /** What each elite predicts for a query, found through rollouts that keep one member each. */
    private static TreeSet<Double> elitePredictions(NeuralEnsemble model, double x, int a) {
        TreeSet<Double> seen = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            Object rollout = model.newRolloutState();
            model.startRollout(new Transition(1).start(new double[] {x}, a), rollout);
            double first = predict(model, x, a, rollout).nextObservation()[0];
            assertEquals(first, predict(model, x, a, rollout).nextObservation()[0], 0.0,
                    "a rollout keeps its member (TS-infinity)");
            seen.add(first);
        }
        return seen;
    }

    @Test
    void thePropagationModesUseTheElitesAsPublished() {
        EnsembleSettings fixed = settings(EnsembleSettings.Propagation.FIXED_MEMBER, false, 100_000);
        NeuralEnsemble model = observed(fixed, 600, 3);
        model.train();
        TreeSet<Double> elites = elitePredictions(model, 0.2, 1);
        assertEquals(3, elites.size(), "three elites of four members: " + elites);

        NeuralEnsemble random = observed(settings(EnsembleSettings.Propagation.RANDOM_MEMBER, false, 100_000), 600, 3);
        random.train();
        TreeSet<Double> drawn = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            drawn.add(predict(random, 0.2, 1, random.newRolloutState()).nextObservation()[0]);
        }
        assertEquals(elites, drawn, "each step draws one of the same elites (TS1)");

        NeuralEnsemble mean = observed(settings(EnsembleSettings.Propagation.MEAN, false, 100_000), 600, 3);
        mean.train();
        double average = elites.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals(average, predict(mean, 0.2, 1, null).nextObservation()[0], 1e-12, "the elites' average");

        double sumOfSquares = elites.stream().mapToDouble(v -> (v - average) * (v - average)).sum();
        for (int call = 0; call < 2; call++) {
            assertEquals(Math.sqrt(sumOfSquares / 3), mean.uncertainty(new Transition(1).start(new double[] {0.2}, 1)),
                    1e-12, "uncertainty is the elites' standard deviation of the next observation, call " + call);
        }
    }

    /**
     * Stepped as a batch, each row is predicted as one prediction is: under TS-∞ each row keeps
     * one elite throughout, the rows shared evenly among the elites; under TS-1 rows draw elites
     * afresh each step; the mean is the elites' average; and the batch's rewards and ends are
     * those of one prediction.
     */
    @Test
    void aBatchPredictsEachRowAsOnePredictionDoes() {
        NeuralEnsemble fixed = observed(settings(EnsembleSettings.Propagation.FIXED_MEMBER, false, 100_000), 600, 3);
        fixed.train();
        TreeSet<Double> elites = elitePredictions(fixed, 0.2, 1);
        int rows = 9;
        double[] observations = new double[rows];
        java.util.Arrays.fill(observations, 0.2);
        double[] actions = new double[rows];
        java.util.Arrays.fill(actions, 1);
        double[] next = new double[rows];
        double[] rewards = new double[rows];
        double[] ends = new double[rows];
        Object batch = fixed.newBatchState(rows);
        fixed.startBatch(rows, batch);
        fixed.sampleBatch(observations, actions, rows, next, rewards, ends, batch);
        java.util.Map<Double, Integer> counts = new java.util.TreeMap<>();
        for (double v : next) {
            counts.merge(v, 1, Integer::sum);
        }
        assertEquals(elites, counts.keySet(), "every row is an elite's prediction, and every elite predicts");
        assertEquals(java.util.List.of(3, 3, 3), java.util.List.copyOf(counts.values()), "9 rows over 3 elites");
        java.util.Map<Double, Double> rewardOf = new java.util.HashMap<>();
        for (int i = 0; i < 200; i++) {
            Transition one = predict(fixed, 0.2, 1, null);
            rewardOf.put(one.nextObservation()[0], one.reward());
        }
        for (int r = 0; r < rows; r++) {
            assertEquals(rewardOf.get(next[r]), rewards[r], 0.0, "row " + r + "'s reward is its elite's, bit for bit");
        }
        double[] again = next.clone();
        java.util.Arrays.fill(observations, 0.2);
        fixed.sampleBatch(observations, actions, rows, next, rewards, ends, batch);
        assertArrayEquals(again, next, "TS-inf: each row keeps its member for the next step");

        NeuralEnsemble random = observed(settings(EnsembleSettings.Propagation.RANDOM_MEMBER, false, 100_000), 600, 3);
        random.train();
        Object randomBatch = random.newBatchState(rows);
        TreeSet<Double> drawn = new TreeSet<>();
        for (int step = 0; step < 20; step++) {
            java.util.Arrays.fill(observations, 0.2);
            random.startBatch(rows, randomBatch);
            random.sampleBatch(observations, actions, rows, observations, rewards, ends, randomBatch);
            for (double v : observations) {
                drawn.add(v);
            }
        }
        assertEquals(elites, drawn, "TS-1: rows draw among the same elites");

        NeuralEnsemble mean = observed(settings(EnsembleSettings.Propagation.MEAN, false, 100_000), 600, 3);
        mean.train();
        Object meanBatch = mean.newBatchState(rows);
        java.util.Arrays.fill(observations, 0.2);
        mean.startBatch(rows, meanBatch);
        mean.sampleBatch(observations, actions, rows, next, rewards, ends, meanBatch);
        Transition single = predict(mean, 0.2, 1, null);
        for (int r = 0; r < rows; r++) {
            assertEquals(single.nextObservation()[0], next[r], 0.0, "the elites' average, bit for bit");
            assertEquals(single.reward(), rewards[r], 0.0);
            assertEquals(single.terminated(), ends[r] > 0.5, "ends where one prediction ends");
        }
    }

    /**
     * PETS' two ways of propagating particles through an ensemble differ as Chua et al. (2018)
     * describe: under TS-∞ a particle keeps its member, so where members disagree (little data)
     * the particles' end states spread as far apart as the members' whole trajectories; under
     * TS-1 each step's member is drawn afresh and the disagreements average out along the way.
     * Ten steps from the same start: the spread of the end states across 60 particles (measured:
     * 0.052 under TS-inf, 0.014 under TS-1, about the square root of 10 apart, as averaging ten
     * independent draws would give).
     */
    @Test
    void particlesSpreadMoreUnderTsInfThanUnderTs1WhereMembersDisagree() {
        double fixed = spreadOfEndStates(EnsembleSettings.Propagation.FIXED_MEMBER);
        double random = spreadOfEndStates(EnsembleSettings.Propagation.RANDOM_MEMBER);
        assertTrue(fixed > 2 * random, "standard deviation of 60 particles after 10 steps: TS-inf " + fixed
                + ", TS-1 " + random);
    }

    private static double spreadOfEndStates(EnsembleSettings.Propagation propagation) {
        NeuralEnsemble model = observed(settings(propagation, false, 100_000), 40, 11);
        model.train();
        int rows = 60;
        double[] x = new double[rows];
        java.util.Arrays.fill(x, -0.5);
        double[] actions = new double[rows];
        java.util.Arrays.fill(actions, 1);
        double[] rewards = new double[rows];
        double[] ends = new double[rows];
        Object batch = model.newBatchState(rows);
        model.startBatch(rows, batch);
        for (int step = 0; step < 10; step++) {
            model.sampleBatch(x, actions, rows, x, rewards, ends, batch);
        }
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / rows);
    }

    @Test
    void noiseHasTheSpreadTheMembersLearned() {
        NeuralEnsemble model = observed(settings(EnsembleSettings.Propagation.FIXED_MEMBER, true, 100_000), 1500, 4);
        model.train();
        Object rollout = model.newRolloutState();
        model.startRollout(new Transition(1).start(new double[] {0}, 1), rollout);
        double sum = 0;
        double squares = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            double next = predict(model, 0, 1, rollout).nextObservation()[0];
            sum += next;
            squares += next * next;
        }
        double std = Math.sqrt(squares / n - (sum / n) * (sum / n));
        assertEquals(NOISE, std, 0.02, "the world's noise, learned as the members' variance");
    }

    @Test
    void whatIsObservedAfterATrainingDoesNotChangeItsPredictions() {
        NeuralEnsemble model = observed(settings(EnsembleSettings.Propagation.MEAN, false, 100_000), 600, 5);
        model.train();
        double before = predict(model, 0.3, 0, null).nextObservation()[0];
        Transition far = new Transition(1).start(new double[] {40}, 1);
        far.nextObservation()[0] = 45;
        far.outcome(100, false, false);
        for (int i = 0; i < 50; i++) {
            model.observe(far);
        }
        assertEquals(before, predict(model, 0.3, 0, null).nextObservation()[0], 0.0,
                "the scales are frozen until the next training");
    }

    /** In more than one dimension the uncertainty is the elites' standard deviation averaged over the dimensions. */
    @Test
    void theUncertaintyAveragesTheDimensions() {
        EnsembleSettings settings = new EnsembleSettings(4, 3, new int[] {16}, Activation.SILU, 3e-3, 0, 32, 100_000, 20,
                0, 10, 0.2, 500, EnsembleSettings.Propagation.FIXED_MEMBER, false);
        NeuralEnsemble model = new NeuralEnsemble(settings, 2, new Discrete(2), new SplittableRandom(6));
        SplittableRandom world = new SplittableRandom(7);
        Transition t = new Transition(2);
        for (int i = 0; i < 300; i++) {
            double x = world.nextDouble() * 2 - 1;
            double y = world.nextDouble() * 2 - 1;
            int a = world.nextInt(2);
            t.start(new double[] {x, y}, a);
            t.nextObservation()[0] = x + (a == 1 ? 0.1 : -0.1);
            t.nextObservation()[1] = 3 * y;
            t.outcome(y, false, false);
            model.observe(t);
        }
        model.train();
        java.util.Map<String, double[]> elites = new java.util.HashMap<>();
        for (int i = 0; i < 200; i++) {
            Object rollout = model.newRolloutState();
            Transition query = new Transition(2).start(new double[] {0.3, -0.4}, 1);
            model.startRollout(query, rollout);
            model.sample(query, rollout);
            double[] next = query.nextObservation().clone();
            elites.put(java.util.Arrays.toString(next), next);
        }
        assertEquals(3, elites.size());
        double expected = 0;
        for (int k = 0; k < 2; k++) {
            int dimension = k;
            double average = elites.values().stream().mapToDouble(v -> v[dimension]).average().orElseThrow();
            expected += Math.sqrt(elites.values().stream().mapToDouble(v -> (v[dimension] - average) * (v[dimension]
                    - average)).sum() / 3);
        }
        assertEquals(expected / 2, model.uncertainty(new Transition(2).start(new double[] {0.3, -0.4}, 1)), 1e-12);
    }

    /**
     * In two dimensions of different scales (x in [−1, 1], y in [9, 11]) each is predicted from
     * its own row of the data: x moves ±0.1, y by half of x and a drift of 0.3 (so the changes'
     * mean is not 0), the reward is y − 9.
     */
    @Test
    void eachDimensionIsLearnedFromItsOwnValues() {
        EnsembleSettings settings = new EnsembleSettings(4, 3, new int[] {32, 32}, Activation.SILU, 3e-3, 0, 32, 100_000,
                60, 0, 10, 0.2, 2000, EnsembleSettings.Propagation.MEAN, false);
        NeuralEnsemble model = new NeuralEnsemble(settings, 2, new Discrete(2), new SplittableRandom(8));
        SplittableRandom world = new SplittableRandom(9);
        Transition t = new Transition(2);
        for (int i = 0; i < 1500; i++) {
            double x = world.nextDouble() * 2 - 1;
            double y = 9 + world.nextDouble() * 2;
            int a = world.nextInt(2);
            t.start(new double[] {x, y}, a);
            t.nextObservation()[0] = x + (a == 1 ? 0.1 : -0.1);
            t.nextObservation()[1] = y + 0.5 * x + 0.3;
            t.outcome(y - 9, false, false);
            model.observe(t);
        }
        model.train();
        Standardizer inputs = model.observationScale();
        assertEquals(0, inputs.mean(0), 0.05, "x's own mean");
        assertEquals(10, inputs.mean(1), 0.05, "y's own mean");
        assertEquals(2 / Math.sqrt(12), inputs.std(1), 0.02, "y's spread, uniform over a width of 2");
        for (double[] at : new double[][] {{-0.5, 9.5}, {0.2, 10.1}, {0.6, 10.7}}) {
            Transition p = new Transition(2).start(at.clone(), 1);
            model.sample(p);
            assertEquals(at[0] + 0.1, p.nextObservation()[0], 0.05, "x from " + java.util.Arrays.toString(at));
            assertEquals(at[1] + 0.5 * at[0] + 0.3, p.nextObservation()[1], 0.05, "y from "
                    + java.util.Arrays.toString(at));
            assertEquals(at[1] - 9, p.reward(), 0.05, "reward at " + java.util.Arrays.toString(at));
        }
    }

    /**
     * A saved ensemble's elites (the file's last three ints) must name its members, 0 to 3: any
     * three of them read back, in their order; one past either end is refused.
     */
    @Test
    void savedElitesMustNameMembers() throws java.io.IOException {
        NeuralEnsemble model = observed(settings(EnsembleSettings.Propagation.MEAN, false, 100_000), 300, 5);
        model.train();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        model.write(new java.io.DataOutputStream(bytes));
        byte[] saved = bytes.toByteArray();
        for (int[] elites : new int[][] {{0, 1, 2}, {3, 0, 1}}) {
            NeuralEnsemble read = readWithElites(saved, elites);
            java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
            read.write(new java.io.DataOutputStream(again));
            assertEquals(java.util.Arrays.toString(elites), java.util.Arrays.toString(lastInts(again.toByteArray(), 3)));
        }
        for (int[] elites : new int[][] {{-1, 1, 2}, {0, 4, 1}}) {
            assertTrue(assertThrows(java.io.IOException.class, () -> readWithElites(saved, elites)).getMessage()
                    .startsWith("the saved elites name member "), java.util.Arrays.toString(elites));
        }
    }

    private static NeuralEnsemble readWithElites(byte[] saved, int[] elites) throws java.io.IOException {
        java.nio.ByteBuffer changed = java.nio.ByteBuffer.wrap(saved.clone());
        for (int e = 0; e < elites.length; e++) {
            changed.putInt(saved.length - 4 * (elites.length - e), elites[e]);
        }
        NeuralEnsemble read = new NeuralEnsemble(settings(EnsembleSettings.Propagation.MEAN, false, 100_000), 1, new Discrete(2),
                new SplittableRandom(9));
        read.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(changed.array())), read.format());
        return read;
    }

    private static int[] lastInts(byte[] bytes, int n) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        int[] ints = new int[n];
        for (int i = 0; i < n; i++) {
            ints[i] = buffer.getInt(bytes.length - 4 * (n - i));
        }
        return ints;
    }

    /**
     * The mean propagation ends an episode where the elites' average probability of ending is
     * above one half: from 0.37, moving right ends past 0.5 with probability about 0.27 (the next
     * position is 0.47 ± 0.05), from 0.43 about 0.73. A sum over the elites instead of their
     * average would end both.
     */
    @Test
    void theMeanEndsWhereTheElitesAverageProbabilityOfEndingIsAboveOneHalf() {
        NeuralEnsemble model = observed(settings(EnsembleSettings.Propagation.MEAN, false, 100_000), 3000, 3);
        model.train();
        assertFalse(predict(model, 0.37, 1, null).terminated());
        assertTrue(predict(model, 0.43, 1, null).terminated());
    }

    /**
     * Each retraining on grown data ends its epochs with a minibatch of a new size, whose tensors
     * the tape would keep for reuse forever; a long run's memory must not grow with its
     * retrainings. Twelve retrainings, 37 transitions apart (a new last minibatch each time),
     * keep as many tensors pooled as the second did (without the trim, 12 shapes' worth).
     */
    @Test
    void retrainingsOnGrowingDataDoNotGrowWhatTheTapeKeeps() {
        NeuralEnsemble model = new NeuralEnsemble(new EnsembleSettings(2, 2, new int[] {8}, Activation.SILU, 3e-3, 0,
                32, 37, 2, 0, 10, 0, 2000, EnsembleSettings.Propagation.MEAN, false), 1, new Discrete(2), new SplittableRandom(4));
        SplittableRandom world = new SplittableRandom(5);
        Transition t = new Transition(1);
        int afterSecond = 0;
        for (int training = 1; training <= 12; training++) {
            for (int i = 0; i < 37; i++) {
                double x = world.nextDouble();
                model.observe(t.start(new double[] {x}, world.nextInt(2)).outcome(x, false, false));
            }
            model.train();
            if (training == 2) {
                afterSecond = model.networks().pooledTensors();
            }
        }
        assertTrue(afterSecond > 0);
        assertEquals(afterSecond, model.networks().pooledTensors(), "tensors kept after the 2nd and the 12th retraining");
    }
}
