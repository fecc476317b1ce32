package dyna.core.agent;

import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;

/** A planning context as the agent holds it: it is given its search control, and counts the work of planning. */
interface CountedPlanning extends PlanningContext {

    /** Sets the search control, created with this context; once. */
    void searchControl(SearchControl control);

    /** Planning updates made so far. */
    long planningUpdates();

    /** Model queries made so far by planning. */
    long modelQueries();
}
