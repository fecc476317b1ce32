package dyna.core.compose;

import dyna.api.planning.PlanningContext;
import dyna.api.planning.Planner;

/** The {@link Slots slot} of the agent's Planner component. */
@FunctionalInterface
public interface PlannerFactory {

    /** Creates a fresh planner for one run, working through the agent's planning context. */
    Planner create(PlanningContext context);
}
