package dyna.api.planning;

/**
 * Spends a budget of simulated updates, each starting where the agent's {@link SearchControl
 * search control} says ({@link PlanningContext#searchControl()}).
 */
public interface Planner {

    /**
     * Plans: after a real step, once the direct update, the model update and the search
     * control have seen it; or, in pure planning, with no real step at all.
     *
     * @param budget the number of planning updates to make (the agent's {@code planning-steps})
     */
    void plan(int budget);
}
