package dyna.api.learning;

import dyna.api.env.Transition;
import java.util.random.RandomGenerator;

/**
 * A learner from batches, such as Soft Actor-Critic: it takes the place of a Dyna agent's action
 * values, features, update rule and policy, and keeps the Dyna loop. Per real step the agent
 * asks it for an action ({@link #act}), gives it the real transition ({@link #observe}), lets the
 * model learn and the planner make simulated transitions, which it also gives the learner ({@link
 * #observeSimulated}: MBPO's model data), and then asks it to learn ({@link #learn}), from
 * minibatches drawn from what it was given. Real and simulated experience reach it through the same
 * two doors whatever the planner, as they reach the update rule of a value-based agent.
 *
 * <p>Transitions are the caller's buffers: copy what you keep. Actions are written into the
 * start of a transition: {@link Transition#actionVector()} where the actions are a box, the
 * {@code int} action (through {@link Transition#start(int, int)}) where they are discrete.
 */
public interface Learner {

    /**
     * Writes the real action to take at the start of {@code at}, exploring as the learner
     * explores (SAC: a sample of its actor; uniform over the box before learning starts).
     */
    void act(Transition at);

    /**
     * Writes the action of the learner's current policy at the start of {@code at} for a
     * simulated rollout, drawing from {@code random} (planning's own stream, so that planning
     * never changes the draws of real actions).
     */
    void actInPlanning(Transition at, RandomGenerator random);

    /**
     * Writes the action the learner takes when it does not explore (SAC: the mean of its actor,
     * squashed), for evaluation and for showing the policy; draws nothing.
     */
    void actGreedily(Transition at);

    /** Takes one real transition. */
    void observe(Transition real);

    /** Takes one simulated transition, from the agent's planner. */
    void observeSimulated(Transition simulated);

    /** Learns after a real step and its planning (SAC: its gradient steps per real step). */
    void learn();

    /** The discount γ the learner bootstraps with. */
    double discount();

    /**
     * The learner's estimate of the value of the observation at the start of {@code at}, for a
     * controller that bootstraps the end of its plans (SAC: its critics' smaller estimate at its
     * greedy action); {@code NaN}, the default, for a learner that has none.
     */
    default double value(Transition at) {
        return Double.NaN;
    }

    /**
     * Named numbers that show how learning goes, for metrics and progress (SAC: its entropy
     * temperature and losses); by default none.
     */
    default java.util.Map<String, Double> diagnostics() {
        return java.util.Map.of();
    }
}
