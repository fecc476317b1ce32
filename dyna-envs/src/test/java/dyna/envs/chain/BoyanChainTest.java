package dyna.envs.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import dyna.api.learning.FeatureVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoyanChainTest {

    @ParameterizedTest
    @ValueSource(ints = {13, 98})
    void lstdOnTheTrueTableGivesMinusTwoSExactly(int states) {
        BoyanChain chain = new BoyanChain(states);
        BoyanFeatures features = new BoyanFeatures(states);
        double[] theta = Lstd.solve(chain, features, 1.0);
        FeatureVector x = new FeatureVector(2);
        for (int s = 1; s < states; s++) {
            features.encode(s, null, x);
            double value = 0;
            for (int i = 0; i < x.count(); i++) {
                value += theta[x.index(i)] * x.value(i);
            }
            assertEquals(-2.0 * s, value, 1e-9, "V(" + s + ") of " + states + " states");
        }
        assertEquals(states == 13 ? 4 : 25, features.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 98})
    void anchorsAreUnitVectorsAndTheStatesBetweenInterpolate(int states) {
        BoyanFeatures features = new BoyanFeatures(states);
        FeatureVector x = new FeatureVector(2);
        features.encode(states - 1, null, x);
        assertEquals("{0=1.0}", x.toString());
        features.encode(states - 2, null, x);
        assertEquals("{0=0.75, 1=0.25}", x.toString());
        features.encode(states - 5, null, x);
        assertEquals("{1=1.0}", x.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 98})
    void stepsFollowTheTableAndEndAtZero(int states) {
        BoyanChain chain = new BoyanChain(states);
        Step step = new Step();
        chain.reset(7, step);
        assertEquals(states - 1, step.state());
        int steps = 0;
        double total = 0;
        while (!step.done()) {
            int from = step.state();
            chain.step(0, step);
            total += step.reward();
            steps++;
            boolean listed = false;
            for (Outcome outcome : chain.outcomes(from, 0)) {
                listed |= outcome.nextState() == step.state() && outcome.reward() == step.reward()
                        && outcome.terminated() == step.terminated();
            }
            assertTrue(listed, "the step from " + from + " is one of the table's outcomes");
        }
        assertEquals(0, step.state());
        assertEquals(-3.0 * (steps - 1) + (total == -3.0 * steps ? -3 : -2), total, 1e-12,
                "-3 per step, and -2 for the last one when it leaves state 1");
        TransitionTable table = chain.transitionTable().orElseThrow();
        assertEquals(1.0, table.initialProbability(states - 1));
        assertTrue(steps >= (states - 1) / 2);
    }
}
