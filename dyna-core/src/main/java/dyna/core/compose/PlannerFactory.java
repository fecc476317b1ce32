package dyna.core.compose;

import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;

/** The factory behind the agent's {@link Slots slot} for its Planner. */
@FunctionalInterface
public interface PlannerFactory {

    /** Creates a fresh planner for one run, working through the agent's planning context. */
    Planner create(PlanningContext context);
}
