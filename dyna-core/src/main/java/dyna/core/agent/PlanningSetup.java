package dyna.core.agent;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.learning.Policy;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The planning side of an agent, before it exists: how to create its search control and its
 * planner once the agent's planning context exists, the policy that planning draws actions from
 * ({@link PlanningContext#selectAction}: the behaviour policy's rule over a random stream of
 * planning's own), the planner's random stream, and how to create its controller (decision-time
 * planning) once the agent's control context exists.
 *
 * @param searchControl creates the search control
 * @param planner       creates the planner (after the search control)
 * @param policy        the policy of simulated actions
 * @param random        the planner's own random stream
 * @param controller    creates the controller, or returns null for an agent that acts by its policy or learner
 */
public record PlanningSetup(Function<PlanningContext, SearchControl> searchControl,
        Function<PlanningContext, Planner> planner, Policy policy, RandomGenerator random,
        Function<ControlContext, Controller> controller) {

    /** A setup without a controller. */
    public PlanningSetup(Function<PlanningContext, SearchControl> searchControl,
            Function<PlanningContext, Planner> planner, Policy policy, RandomGenerator random) {
        this(searchControl, planner, policy, random, control -> null);
    }
}
