package dyna.api.planning;

import dyna.api.env.Step;
import dyna.api.learning.QTable;
import dyna.api.model.Model;
import java.util.random.RandomGenerator;

/**
 * What a planner works with. {@link #simulate} and {@link #update} are the two lines of every
 * planning loop: they query the model and apply the agent's own update rule (adding any
 * planning-reward bonus), and they keep the agent's counters, so planners need not.
 */
public interface PlanningContext {

    /** The agent's model. */
    Model model();

    /** The agent's action values. */
    QTable values();

    /** The planner's own random stream. */
    RandomGenerator random();

    /**
     * Asks the model for a simulated outcome of a known pair; counts one model query.
     *
     * @return a buffer owned by this context, valid until the next call
     */
    Step simulate(int state, int action);

    /**
     * Applies the agent's update rule to a simulated transition, with the planning-reward
     * bonus added to its reward; counts one planning update.
     *
     * @return the temporal-difference error before the update
     */
    double update(int state, int action, Step outcome);

    /** The temporal-difference error {@link #update} would use, without updating or counting. */
    double error(int state, int action, Step outcome);

    /**
     * An expected update of a known pair: the agent's update rule moves Q(s, a) toward the
     * average target over all the model's outcomes, each with the planning-reward bonus added;
     * counts one planning update and one model query. Needs a {@link
     * dyna.api.model.DistributionModel}.
     *
     * @return the error before the update
     * @throws IllegalStateException when the model offers no distributions
     */
    double expectedUpdate(int state, int action);

    /** The error {@link #expectedUpdate} would use, without updating or counting. */
    double expectedError(int state, int action);
}
