package dyna.core.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.model.BatchModel;
import dyna.api.model.Model;
import dyna.api.space.Box;
import dyna.api.space.Space;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Rolling action sequences out through a model: a point on a line moved by its action
 * (x' = x + a, a in [−1, 1]), paid −(x' − 2)² per step, ending when x' passes 3.
 */
class ModelRolloutsTest {

    private static final Space LINE = new Box(new double[] {-100}, new double[] {100});
    private static final Space PUSH = new Box(new double[] {-1}, new double[] {1});

    /** The line as a model; with {@code noise}, each rollout adds a bias drawn once at its start (an ensemble member). */
    private static class Line implements Model {
        private final SplittableRandom random = new SplittableRandom(1);
        private final double noise;
        int rollouts;

        Line(double noise) {
            this.noise = noise;
        }

        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return true;
        }

        @Override
        public void sample(Transition query) {
            sample(query, new double[1]);
        }

        @Override
        public Object newRolloutState() {
            return new double[1];
        }

        @Override
        public void startRollout(Transition start, Object state) {
            ((double[]) state)[0] = noise * random.nextGaussian();
            rollouts++;
        }

        @Override
        public void sample(Transition query, Object state) {
            double next = query.observation()[0] + query.actionVector()[0] + ((double[]) state)[0];
            query.nextObservation()[0] = next;
            query.outcome(-(next - 2) * (next - 2), next > 3, false);
        }
    }

    /** The same line, also stepping many rollouts at once; counts its batches. */
    private static class BatchLine extends Line implements BatchModel {
        int batches;

        BatchLine() {
            super(0);
        }

        @Override
        public Object newBatchState(int rows) {
            return null;
        }

        @Override
        public void startBatch(int rows, Object state) {
        }

        @Override
        public void sampleBatch(double[] observations, double[] actions, int rows, double[] next, double[] rewards,
                double[] ends, Object state) {
            batches++;
            for (int r = 0; r < rows; r++) {
                next[r] = observations[r] + actions[r];
                rewards[r] = -(next[r] - 2) * (next[r] - 2);
                ends[r] = next[r] > 3 ? 1 : 0;
            }
        }
    }

    private static ModelRollouts rollouts(Model model, int horizon, double discount, int particles) {
        return new ModelRollouts(new TestControl(model, discount), LINE, PUSH, horizon, particles, false, true);
    }

    private static Transition at(double x) {
        return new Transition(1, 1, 1).start(new double[] {x}, new double[] {0});
    }

    @Test
    void aSequencesValueIsItsDiscountedReturnThroughTheModel() {
        ModelRollouts objective = rollouts(new Line(0), 3, 0.9, 1);
        objective.from(at(0));
        double[] values = new double[2];
        objective.evaluate(new double[] {1, 1, 0, -1, 0, 1}, 2, values);
        // x: 1, 2, 2 -> rewards -1, 0, 0; x: -1, -1, 0 -> -9, -9, -4.
        assertEquals(-1, values[0], 1e-12);
        assertEquals(-9 - 0.9 * 9 - 0.81 * 4, values[1], 1e-12);
    }

    /** A rollout ends where the model predicts termination: no reward after it counts. */
    @Test
    void aRolloutEndsWhereTheModelSaysTheEpisodeEnds() {
        ModelRollouts objective = rollouts(new Line(0), 3, 1.0, 1);
        objective.from(at(2.5));
        double[] values = new double[1];
        objective.evaluate(new double[] {1, 1, 1}, 1, values);
        assertEquals(-(3.5 - 2) * (3.5 - 2), values[0], 1e-12);
    }

    /** Each particle begins its own rollout (a member per particle, TS-∞), and the value is their mean. */
    @Test
    void particlesEachBeginARolloutAndTheirReturnsAreAveraged() {
        Line line = new Line(0.5);
        ModelRollouts objective = rollouts(line, 2, 1.0, 20);
        objective.from(at(0));
        double[] values = new double[3];
        objective.evaluate(new double[] {1, 1, 0, 0, 1, 0}, 3, values);
        assertEquals(60, line.rollouts);
        assertTrue(values[0] > values[1], "towards the target beats standing still: " + values[0] + " vs " + values[1]);
    }

    /**
     * CEM through the model finds the sequence that reaches the target and stays there, +1, +1, 0
     * (return −1), from the middle of the bounds (0, 0, 0: return −4 − 0.9·4 − 0.81·4).
     */
    @Test
    void crossEntropyThroughTheModelFindsTheBestSequence() {
        ModelRollouts objective = rollouts(new Line(0), 3, 0.9, 1);
        objective.from(at(0));
        SequenceBounds bounds = SequenceBounds.of(new Box(new double[] {-1}, new double[] {1}), 3);
        double[] plan = bounds.middle();
        new CrossEntropyMethod(bounds, 200, 0.1, 8, 0.1, true, new SplittableRandom(7)).optimize(objective, plan);
        assertArrayEquals(new double[] {1, 1, 0}, plan, 0.15);
        double[] value = new double[1];
        objective.evaluate(plan, 1, value);
        assertTrue(value[0] > -1.05, "the optimum is -1 (x = 1, 2, 2); the plan's value " + value[0]);
    }

    /**
     * With a terminal value the horizon's last state is bootstrapped by γ^H V(s_H); a rollout that
     * terminates first gets none.
     */
    @Test
    void aTerminalValueBootstrapsTheLastStateUnlessTheRolloutEnded() {
        ModelRollouts objective = new ModelRollouts(new TestControl(new Line(0), 0.9, x -> 10 * x[0]), LINE, PUSH, 2,
                1, true, true);
        objective.from(at(0));
        double[] values = new double[2];
        objective.evaluate(new double[] {1, 1, 1, 1}, 2, values);
        // x: 1, 2 -> rewards -1, 0, then 0.81 * V(2) = 0.81 * 20.
        assertEquals(-1 + 0.81 * 20, values[0], 1e-12);
        objective.from(at(2.5));
        objective.evaluate(new double[] {1, 1, 1, 1}, 2, values);
        assertEquals(-(3.5 - 2) * (3.5 - 2), values[0], 1e-12, "x = 3.5 ends the episode: no bootstrap");
    }

    /**
     * Through a batch model, every candidate's rollout is stepped together, once per step of the
     * horizon, and values are those of one rollout at a time.
     */
    @Test
    void aBatchModelStepsThePopulationTogetherToTheSameValues() {
        double[] candidates = {1, 1, 0, -1, 0, 1, 1, 1, 1};
        BatchLine batch = new BatchLine();
        ModelRollouts together = rollouts(batch, 3, 0.9, 2);
        together.from(at(0.5));
        double[] values = new double[3];
        together.evaluate(candidates, 3, values);
        assertTrue(together.batched());
        assertEquals(3, batch.batches, "one batch per step of the horizon");
        assertEquals(18, together.takePredictions(), "3 candidates x 2 particles x 3 steps");
        ModelRollouts alone = new ModelRollouts(new TestControl(new BatchLine(), 0.9), LINE, PUSH, 3, 2, false, false);
        alone.from(at(0.5));
        double[] expected = new double[3];
        alone.evaluate(candidates, 3, expected);
        assertArrayEquals(expected, values, 1e-12);
    }

    /**
     * Plans from the agent's policy join the population (TD-MPC's policy prior): random shooting
     * with one random plan then never does worse than the policy's plan (+1, +1, +1: value −2 from
     * 0), where without it a random plan alone often does.
     */
    @Test
    void thePolicysPlansJoinThePopulation() {
        double withPolicy = Double.POSITIVE_INFINITY;
        double without = Double.POSITIVE_INFINITY;
        for (int seed = 0; seed < 20; seed++) {
            withPolicy = Math.min(withPolicy, decide(new TestControl(new Line(0), 1.0).withPolicy(1), seed));
            without = Math.min(without, decide(new TestControl(new Line(0), 1.0), seed));
        }
        assertTrue(withPolicy >= -2 - 1e-12, "the worst plan chosen with the policy's: " + withPolicy);
        assertTrue(without < -2, "the worst plan chosen without: " + without);
    }

    /** The value of the plan a random-shooting controller of one drawn plan chooses from 0 (horizon 3). */
    private static double decide(TestControl control, int seed) {
        ModelRollouts objective = new ModelRollouts(control, LINE, PUSH, 3, 1, false, true);
        SequenceBounds bounds = SequenceBounds.of((Box) PUSH, 3);
        double[] chosen = new double[3];
        SequenceOptimizer recording = new SequenceOptimizer() {
            private final RandomShooting shooting = new RandomShooting(bounds, 1, new SplittableRandom(seed));

            @Override
            public void optimize(SequenceObjective o, double[] plan) {
                optimize(o, plan, null, 0);
            }

            @Override
            public void optimize(SequenceObjective o, double[] plan, double[] proposals, int count) {
                shooting.optimize(o, plan, proposals, count);
                System.arraycopy(plan, 0, chosen, 0, 3);
            }
        };
        int proposals = control.hasPolicy() ? 1 : 0;
        ModelPredictiveController controller = new ModelPredictiveController(control, PUSH, objective, recording, 3,
                false, proposals, new SplittableRandom(seed));
        controller.act(at(0));
        objective.from(at(0));
        double[] value = new double[1];
        objective.evaluate(chosen, 1, value);
        return value[0];
    }

    /**
     * Through a batch model, each reward counts by the probability that the episode lasted to it:
     * with an even chance of ending at every step, rewards of 1 are worth 1, ½ and ¼ over three steps.
     */
    @Test
    void rewardsAreWeightedByTheProbabilityTheEpisodeLastedToThem() {
        BatchLine halfEnds = new BatchLine() {
            @Override
            public void sampleBatch(double[] observations, double[] actions, int rows, double[] next,
                    double[] rewards, double[] ends, Object state) {
                for (int r = 0; r < rows; r++) {
                    next[r] = observations[r];
                    rewards[r] = 1;
                    ends[r] = 0.5;
                }
            }
        };
        ModelRollouts objective = rollouts(halfEnds, 3, 1.0, 1);
        objective.from(at(0));
        double[] values = new double[1];
        objective.evaluate(new double[] {0, 0, 0}, 1, values);
        assertEquals(1 + 0.5 + 0.25, values[0], 1e-12);
    }
}
