package dyna.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.space.Discrete;
import dyna.api.provider.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cart-pole against Gymnasium's CartPole-v1: its Euler step, thresholds, rewards, starts and time limit. */
class CartPoleTest {

    private static Environment cartPole(int timeLimit) {
        CartPoleProvider provider = new CartPoleProvider();
        return provider.create(Parameters.resolve(provider.parameters(), Map.of("time-limit", Integer.toString(timeLimit))));
    }

    @Test
    void fromRestUprightAPushRightGivesTheClosedFormAccelerations() {
        // temp = F / (m_c + m_p) = 100/11; θ̈ = −temp / (l (4/3 − m_p/(m_c + m_p))) = −600/41;
        // ẍ = temp − m_p l θ̈ / (m_c + m_p) = 4400/451.
        double[] next = new double[4];
        CartPole.next(new double[4], 1, next);
        assertArrayEquals(new double[] {0, 0.02 * 4400 / 451, 0, -0.02 * 600 / 41}, next, 1e-15);
        CartPole.next(new double[4], 0, next);
        assertArrayEquals(new double[] {0, -0.02 * 4400 / 451, 0, 0.02 * 600 / 41}, next, 1e-15);
    }

    @Test
    void theEulerStepMovesPositionsWithTheOldVelocities() {
        double[] s = {0.1, 0.5, 0.05, -0.3};
        double[] next = new double[4];
        CartPole.next(s, 1, next);
        assertEquals(0.1 + 0.02 * 0.5, next[0], 1e-15);
        assertEquals(0.05 + 0.02 * -0.3, next[2], 1e-15);
        double cos = Math.cos(0.05);
        double sin = Math.sin(0.05);
        double temp = (10 + 0.05 * 0.09 * sin) / 1.1;
        double thetaAcc = (9.8 * sin - cos * temp) / (0.5 * (4.0 / 3.0 - 0.1 * cos * cos / 1.1));
        assertEquals(-0.3 + 0.02 * thetaAcc, next[3], 1e-15);
        assertEquals(0.5 + 0.02 * (temp - 0.05 * thetaAcc * cos / 1.1), next[1], 1e-15);
    }

    @Test
    void terminatesBeyondTwoPointFourOrTwelveDegreesWithRewardOneOnTheLastStep() {
        assertFalse(CartPole.terminal(new double[] {2.4, 0, 12 * Math.PI / 180 - 1e-12, 0}));
        assertTrue(CartPole.terminal(new double[] {2.4000001, 0, 0, 0}));
        assertTrue(CartPole.terminal(new double[] {0, 0, -12 * Math.PI / 180 - 1e-9, 0}));
        Environment env = cartPole(500);
        Step step = new Step(4);
        env.reset(1, step);
        int steps = 0;
        while (!step.done()) {
            env.step(1, step);
            assertEquals(1.0, step.reward());
            steps++;
        }
        assertTrue(step.terminated() && !step.truncated() && steps < 30,
                "always pushing right drops the pole within a few dozen steps: " + steps);
    }

    @Test
    void startsUniformlyNearUprightAndReportsFloatObservations() {
        Environment env = cartPole(500);
        Step step = new Step(4);
        for (long seed = 0; seed < 100; seed++) {
            env.reset(seed, step);
            for (double v : step.observation()) {
                assertTrue(v >= -0.05 && v <= 0.05, "start " + v);
                assertEquals(v, (double) (float) v, "observations are float, as Gymnasium's");
            }
        }
        assertEquals(new Discrete(2), env.actionSpace());
        assertEquals(Double.POSITIVE_INFINITY, ((dyna.api.space.Box) env.observationSpace()).high(1));
        assertEquals(4.8, ((dyna.api.space.Box) env.observationSpace()).high(0), 1e-15);
    }

    @Test
    void isTruncatedAtTheTimeLimitWhileBalanced() {
        Environment env = cartPole(3);
        Step step = new Step(4);
        env.reset(2, step);
        for (int t = 1; t <= 3; t++) {
            env.step(t % 2, step);
            assertEquals(t == 3, step.truncated(), "step " + t);
            assertFalse(step.terminated());
        }
        assertEquals(500, Parameters.defaults(new CartPoleProvider().parameters()).getInt("time-limit"));
        assertTrue(new CartPoleProvider().parameters().stream().map(p -> p.name()).toList().equals(List.of("time-limit")));
    }
}
