package dyna.api.control;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import java.util.random.RandomGenerator;

/**
 * What a controller plans with, given by the agent it acts for: the agent's own model (learned
 * from its real transitions), the discount the agent learns with, and where the agent has them,
 * its learned values (to bootstrap the end of a plan, as TD-MPC does with γ^H Q) and its policy
 * (to propose plans, TD-MPC's policy prior).
 */
public interface ControlContext {

    /** The agent's model, learning as the agent acts. */
    Model model();

    /**
     * The discount γ of the agent's learning (its update rule's or learner's); 1 for an agent
     * that only plans (PETS sums the rewards of a plan).
     */
    double discount();

    /** Whether the agent has learned values that {@link #value} reads. */
    boolean hasValues();

    /**
     * The agent's estimate of the value of the observation (or state) at the start of {@code at}:
     * max over actions of its action values, or its learner's estimate.
     *
     * @throws UnsupportedOperationException when the agent has no values ({@link #hasValues()})
     */
    double value(Transition at);

    /** Whether the agent has a policy of its own that {@link #proposeAction} draws from. */
    boolean hasPolicy();

    /**
     * Writes an action of the agent's policy for the observation at the start of {@code at},
     * drawing from {@code random} (the controller's own stream).
     *
     * @throws UnsupportedOperationException when the agent has no policy of its own ({@link #hasPolicy()})
     */
    void proposeAction(Transition at, RandomGenerator random);

    /** Counts {@code count} predictions the controller asked of the model, into the agent's model queries. */
    void countPredictions(long count);
}
