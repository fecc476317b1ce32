package dyna.api.control;

import dyna.api.env.Transition;
import java.util.Map;

/**
 * Decision-time planning (Sutton and Barto, section 8.8): at each real step a controller searches
 * for a good sequence of actions from the agent's current observation through the agent's model,
 * acts with its first action, and keeps the rest to start the next step's search from
 * (model-predictive control: random shooting, the cross-entropy method of PETS, the MPPI of
 * TD-MPC). It takes the place of the behaviour policy (or the learner's acting); the agent's
 * learning, its model's learning and its background planning go on as before, so that Dyna with
 * both kinds of planning is one agent.
 *
 * <p>Transitions are the caller's buffers: a controller reads the start of the one it is given
 * and writes the action there, {@link Transition#actionVector()} where the actions are a box,
 * the {@code int} action (through {@link Transition#start(double[], int)} or {@link
 * Transition#start(int, int)}) where they are discrete.
 */
public interface Controller {

    /**
     * Writes the action to take now at the start of {@code at}, whose observation (or state) is
     * the agent's current one; draws only from the controller's own random stream.
     */
    void act(Transition at);

    /** A new episode begins: a plan kept from the last one no longer applies. Does nothing by default. */
    default void episodeStarted() {
    }

    /**
     * Named numbers that show how planning goes, for metrics and progress (for example the
     * predicted return of the last plan); by default none.
     */
    default Map<String, Double> diagnostics() {
        return Map.of();
    }
}
