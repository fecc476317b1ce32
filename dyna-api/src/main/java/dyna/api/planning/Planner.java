package dyna.api.planning;

/** Spends a budget of simulated updates after each real step. */
public interface Planner {

    /**
     * Plans after a real step, once the direct update and the model update are done.
     *
     * @param state  the state of the real step
     * @param action the action of the real step
     * @param budget the number of planning updates to make (the agent's {@code planning-steps})
     */
    void plan(int state, int action, int budget);
}
