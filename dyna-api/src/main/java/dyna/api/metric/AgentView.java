package dyna.api.metric;

import dyna.api.env.Environment;
import dyna.api.learning.ActionValues;
import dyna.api.learning.Features;
import dyna.api.model.Model;

/**
 * What a metric may read of a run: the agent's parts, live, and its environment with the truth
 * it gives ({@link Environment#transitionTable()}, {@link Environment#simulator()}). Read them;
 * never change them.
 */
public interface AgentView {

    /** The run's environment. */
    Environment environment();

    /** The agent's action values. */
    ActionValues values();

    /** The agent's feature constructor (one-hot of the state for tabular values). */
    Features features();

    /** The agent's model. */
    Model model();

    /** The discount γ of the agent's update rule. */
    double discount();

    /** The planning updates the agent asks of its planner per real step ({@code planning-steps}). */
    int planningSteps();

    /** Real steps taken so far. */
    long realSteps();

    /** Planning updates made so far (simulated, through the update rule). */
    long planningUpdates();

    /** Model queries made so far by planning. */
    long modelQueries();

    /**
     * The number of real tries of each (s, a), indexed {@code s * actions + a} (live, not a copy),
     * counted from the first call on: call it when the metric is created. Discrete observations only.
     */
    long[] visits();
}
