package dyna.envs.classic;

import dyna.api.env.Step;

/**
 * The dynamics of Gymnasium's Pendulum-v1 ({@code pendulum.py}), in its order of operations:
 * the torque clipped to [−2, 2], the reward −(θ² + 0.1 θ̇² + 0.001 u²) of the state before the
 * step (θ normalised to [−π, π)), then semi-implicit Euler: θ̇' = clip(θ̇ + (3g/(2l) sin θ + 3/(m
 * l²) u) dt, −8, 8), θ' = θ + θ̇' dt; observed as float (cos θ', sin θ', θ̇'). Never terminates
 * (the 200-step limit belongs to the episode). With float64 actions it equals Gymnasium's own
 * code step for step ({@code GymnasiumStepsTest} against {@code
 * scripts/gymnasium/reference_steps.py}); {@link Pendulum} is the environment built on it.
 */
final class PendulumDynamics {

    static final double MAX_SPEED = 8;
    static final double MAX_TORQUE = 2.0;
    static final double DT = 0.05;
    static final double G = 10.0;
    static final double M = 1.0;
    static final double L = 1.0;

    private PendulumDynamics() {
    }

    /**
     * One step from {@code state} = (θ, θ̇) under torque {@code u}: the new state into {@code
     * next} (may be {@code state}), and the observation and reward into {@code out}.
     */
    static void step(double[] state, double u, double[] next, Step out) {
        double theta = state[0];
        double thetaDot = state[1];
        double torque = Math.min(Math.max(u, -MAX_TORQUE), MAX_TORQUE);
        double normalised = angleNormalize(theta);
        double costs = normalised * normalised + 0.1 * (thetaDot * thetaDot) + 0.001 * (torque * torque);
        double newThetaDot = thetaDot + (3 * G / (2 * L) * Math.sin(theta) + 3.0 / (M * (L * L)) * torque) * DT;
        newThetaDot = Math.min(Math.max(newThetaDot, -MAX_SPEED), MAX_SPEED);
        double newTheta = theta + newThetaDot * DT;
        next[0] = newTheta;
        next[1] = newThetaDot;
        observe(next, out.observation());
        out.set(-costs, false, false);
    }

    /** The observation of a state: cos θ, sin θ, θ̇, each rounded to float as Gymnasium returns them. */
    static void observe(double[] state, double[] observation) {
        observation[0] = (float) Math.cos(state[0]);
        observation[1] = (float) Math.sin(state[0]);
        observation[2] = (float) state[1];
    }

    /** ((x + π) mod 2π) − π with NumPy's floored modulo (the result takes the divisor's sign). */
    static double angleNormalize(double x) {
        double period = 2 * Math.PI;
        double r = (x + Math.PI) % period;
        if (r != 0 && r < 0) {
            r += period;
        } else if (r == 0) {
            r = 0.0;   // NumPy gives +0 whatever the dividend's sign
        }
        return r - Math.PI;
    }
}
