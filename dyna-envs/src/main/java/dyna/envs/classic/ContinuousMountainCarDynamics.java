package dyna.envs.classic;

import dyna.api.env.Step;

/**
 * The dynamics of Gymnasium's MountainCarContinuous-v0 ({@code continuous_mountain_car.py}), in
 * its order of operations and its types under NumPy 1.x: the state is kept as float32 between
 * steps (a start is float64, as Gymnasium's reset leaves it) and each step computes in double
 * from it (NumPy 1.x makes {@code 3 * np.float32} a double;
 * NumPy 2 keeps it float32, which moves cos 3x by about 1e-7 relative), the force is the action
 * clipped to [−1, 1], v' = clip(v + force · 0.0015 −
 * 0.0025 cos 3x, ±0.07), x' = clip(x + v', −1.2, 0.6), v' = 0 at the left wall when moving left;
 * terminated when x' ≥ 0.45 and v' ≥ 0; reward 100 on termination minus 0.1 a² of the action as
 * given (not clipped); observed as the float32 state. With float64 actions it equals
 * Gymnasium's own code step for step ({@code GymnasiumStepsTest}).
 */
final class ContinuousMountainCarDynamics {

    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.6;
    static final double MAX_SPEED = 0.07;
    static final double GOAL_POSITION = 0.45;
    static final double POWER = 0.0015;

    private ContinuousMountainCarDynamics() {
    }

    /**
     * One step from {@code state} = (x, v) (float32 values held in doubles, or a float64 start)
     * under {@code action}:
     * the new state (rounded to float32) into {@code next} (may be {@code state}), and the
     * observation, reward and terminated into {@code out}.
     */
    static void step(double[] state, double action, double[] next, Step out) {
        double start = state[0];
        double force = Math.min(Math.max(action, -1.0), 1.0);
        double velocity = state[1] + (force * POWER - 0.0025 * Math.cos(3.0 * start));
        velocity = Math.min(Math.max(velocity, -MAX_SPEED), MAX_SPEED);
        double position = start + velocity;
        position = Math.min(Math.max(position, MIN_POSITION), MAX_POSITION);
        if (position == MIN_POSITION && velocity < 0) {
            velocity = 0;
        }
        boolean terminated = position >= GOAL_POSITION && velocity >= 0;
        double reward = terminated ? 100.0 : 0;
        reward -= Math.pow(action, 2) * 0.1;
        next[0] = (float) position;
        next[1] = (float) velocity;
        out.observation()[0] = next[0];
        out.observation()[1] = next[1];
        out.set(reward, terminated, false);
    }
}
