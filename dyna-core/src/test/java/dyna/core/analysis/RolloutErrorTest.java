package dyna.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.core.fixtures.Line;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The continuous model error: zero for the truth, the bias in units of spread, compounding along a rollout. */
class RolloutErrorTest {

    private static final int STEPS = 15;

    /** The line's dynamics, shifted right by {@code bias} per step. */
    private record ShiftedLine(double bias, boolean known) implements Model {
        @Override
        public void observe(Transition real) {
        }

        @Override
        public boolean knows(Transition query) {
            return known;
        }

        @Override
        public void sample(Transition query) {
            Step out = new Step(1);
            new Line().simulate(query.observation(), query.action(), new SplittableRandom(1), out);
            query.nextObservation()[0] = out.observation()[0] + bias;
            query.outcome(out.reward(), out.terminated(), false);
        }
    }

    /** An error measure that has seen one episode of {@link #STEPS} steps to the right from 0.3. */
    private static RolloutError afterEpisode() {
        RolloutError error = new RolloutError(new Line(), 1, 5, 100);
        Transition real = new Transition(1);
        for (int t = 0; t < STEPS; t++) {
            real.start(new double[] {0.3 + 0.5 * t}, 1);
            real.nextObservation()[0] = 0.3 + 0.5 * (t + 1);
            real.outcome(-1, false, false);
            error.accept(real);
        }
        return error;
    }

    /** The sample standard deviation of the observations 0.3, 0.8, ..., as the measure scales by. */
    private static double spread() {
        double mean = 0;
        for (int t = 0; t < STEPS; t++) {
            mean += (0.3 + 0.5 * t) / STEPS;
        }
        double squares = 0;
        for (int t = 0; t < STEPS; t++) {
            squares += Math.pow(0.3 + 0.5 * t - mean, 2);
        }
        return Math.sqrt(squares / (STEPS - 1));
    }

    @Test
    void theTrueDynamicsHaveNoError() {
        RolloutError.Errors errors = afterEpisode().measure(new ShiftedLine(0, true));
        assertEquals(0, errors.oneStep(), 1e-12);
        assertEquals(0, errors.kStep(), 1e-12);
    }

    @Test
    void aBiasShowsInUnitsOfSpreadAndCompoundsAlongARollout() {
        RolloutError.Errors errors = afterEpisode().measure(new ShiftedLine(0.1, true));
        assertEquals(0.1 / spread(), errors.oneStep(), 1e-9);
        assertEquals(0.5 / spread(), errors.kStep(), 1e-9, "five steps of a 0.1 bias");
    }

    @Test
    void nothingIsMeasuredWhereTheModelKnowsNothingOrNoEpisodeWasSeen() {
        RolloutError error = afterEpisode();
        RolloutError.Errors unknown = error.measure(new ShiftedLine(0.1, false));
        assertTrue(Double.isNaN(unknown.oneStep()) && Double.isNaN(unknown.kStep()), unknown.toString());
        RolloutError.Errors forgotten = error.measure(new ShiftedLine(0.1, true));
        assertTrue(Double.isNaN(forgotten.oneStep()), "the episode is forgotten once measured: " + forgotten);
    }
}
