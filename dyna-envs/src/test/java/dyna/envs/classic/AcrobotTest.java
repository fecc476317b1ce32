package dyna.envs.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.space.Discrete;
import dyna.api.provider.Parameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The acrobot against Gymnasium's Acrobot-v1 ("book" dynamics): rest, RK4, wrapping, termination, rewards. */
class AcrobotTest {

    private static Environment acrobot(int timeLimit) {
        AcrobotProvider provider = new AcrobotProvider();
        return provider.create(Parameters.resolve(provider.parameters(), Map.of("time-limit", Integer.toString(timeLimit))));
    }

    @Test
    void hangingAtRestWithoutTorqueStaysAtRest() {
        double[] s = new double[4];
        double[] d = new double[4];
        Acrobot.derivatives(s, 0, d);
        for (double v : d) {
            assertEquals(0.0, v, 1e-12);
        }
        Acrobot.next(s, 0, s, new double[4][4], new double[4]);
        for (double v : s) {
            assertEquals(0.0, v, 1e-12);
        }
    }

    @Test
    void aTorqueOnTheSecondJointAcceleratesItAndCountersTheFirst() {
        double[] d = new double[4];
        Acrobot.derivatives(new double[4], 1, d);
        // At rest, hanging: d1 = 0.25 + (1 + 0.25 + 1) + 2 = 4.5, d2 = 0.25 + 0.5 + 1 = 1.75, φ = 0,
        // so θ̈2 = 1 / (0.25 + 1 − 1.75²/4.5) and θ̈1 = −d2 θ̈2 / d1.
        double ddtheta2 = 1 / (0.25 + 1 - 1.75 * 1.75 / 4.5);
        assertEquals(ddtheta2, d[3], 1e-12);
        assertEquals(-1.75 * ddtheta2 / 4.5, d[2], 1e-12);
    }

    @Test
    void oneStepIsFourthOrderRungeKuttaOverTwoTenthsOfASecond() {
        // Against a finer integration of the same equations: RK4 with dt = 0.2 agrees with 2,000
        // Euler substeps to the order of the Euler error, and differs from one Euler step.
        double[] s = {0.3, -0.2, 0.5, -1.0};
        double[] rk4 = new double[4];
        Acrobot.next(s, 1, rk4, new double[4][4], new double[4]);
        double[] fine = s.clone();
        double[] d = new double[4];
        int n = 2000;
        for (int i = 0; i < n; i++) {
            Acrobot.derivatives(fine, 1, d);
            for (int j = 0; j < 4; j++) {
                fine[j] += 0.2 / n * d[j];
            }
        }
        for (int j = 0; j < 4; j++) {
            assertEquals(fine[j], rk4[j], 5e-3, "component " + j);
        }
    }

    @Test
    void anglesWrapIntoPlusMinusPiAndVelocitiesAreBounded() {
        assertEquals(-Math.PI + 0.1, Acrobot.wrap(Math.PI + 0.1, -Math.PI, Math.PI), 1e-12);
        assertEquals(Math.PI - 0.1, Acrobot.wrap(-Math.PI - 0.1 - 4 * Math.PI, -Math.PI, Math.PI), 1e-12);
        double[] out = new double[4];
        Acrobot.next(new double[] {0, 0, 100, -100}, 0, out, new double[4][4], new double[4]);
        assertTrue(Math.abs(out[2]) <= 4 * Math.PI && Math.abs(out[3]) <= 9 * Math.PI);
        assertTrue(Math.abs(out[0]) <= Math.PI && Math.abs(out[1]) <= Math.PI);
    }

    /**
     * A velocity clipped to its limit is observed rounded to float, above the limit in double
     * (float(4π) > 4π): the observation box is Gymnasium's float32 box, which holds it. (With
     * the limits in double, a long Acrobot run failed its observation check at step 100,655.)
     */
    @Test
    void anObservedClippedVelocityLiesInTheObservationBox() {
        Acrobot acrobot = new Acrobot(500);
        dyna.api.space.Box box = (dyna.api.space.Box) acrobot.observationSpace();
        dyna.api.env.Step out = new dyna.api.env.Step(6);
        acrobot.simulate(new double[] {1, 0, 1, 0, 100, -100}, 2, null, out);
        double[] o = out.observation();
        assertEquals((float) (4 * Math.PI), Math.abs(o[4]), 0.0, "clipped to 4π, then rounded to float");
        assertTrue(box.contains(o), java.util.Arrays.toString(o));
        dyna.api.space.Box inDouble = new dyna.api.space.Box(new double[] {-1, -1, -1, -1, -4 * Math.PI, -9 * Math.PI},
                new double[] {1, 1, 1, 1, 4 * Math.PI, 9 * Math.PI});
        assertFalse(inDouble.contains(o), "the limits in double would refuse it");
    }

    @Test
    void terminatesWithTheTipAboveTheBarAndRewardsMinusOneUntilThen() {
        assertFalse(Acrobot.terminal(new double[4]));
        assertTrue(Acrobot.terminal(new double[] {Math.PI, 0, 0, 0}));
        assertFalse(Acrobot.terminal(new double[] {Math.PI / 2, 0, 0, 0}), "horizontal: -cos θ1 - cos θ1 = 0");
        Environment env = acrobot(500);
        Step step = new Step(6);
        env.reset(3, step);
        int steps = 0;
        // Pump energy: a torque with the second joint's velocity does positive work on it.
        while (!step.done()) {
            env.step(step.observation()[5] >= 0 ? 2 : 0, step);
            steps++;
            assertEquals(step.terminated() ? 0.0 : -1.0, step.reward());
        }
        assertTrue(step.terminated() && steps < 150, "pumping swings the tip up in " + steps + " steps");

        // The ablation: without torque the acrobot only sways, and is truncated at 500.
        env.reset(3, step);
        steps = 0;
        while (!step.done()) {
            env.step(1, step);
            steps++;
        }
        assertTrue(step.truncated() && !step.terminated() && steps == 500, "no torque: " + steps + " steps");
    }

    @Test
    void startsNearHangingAndObservesCosinesSinesAndVelocitiesAsFloats() {
        Environment env = acrobot(2);
        Step step = new Step(6);
        env.reset(5, step);
        double[] o = step.observation();
        assertTrue(o[0] > Math.cos(0.1) - 1e-6 && o[2] > Math.cos(0.1) - 1e-6, "cos of angles within 0.1 of 0");
        assertTrue(Math.abs(o[4]) <= 0.1 && Math.abs(o[5]) <= 0.1);
        for (double v : o) {
            assertEquals(v, (double) (float) v);
        }
        env.step(1, step);
        assertFalse(step.truncated());
        env.step(1, step);
        assertTrue(step.truncated(), "truncated at the time limit");
        assertEquals(new Discrete(3), env.actionSpace());
    }
}
