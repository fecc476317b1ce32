package dyna.core.agent;

import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;

/**
 * A planning context as the agent holds it: given its search control once, after both exist,
 * and counting the work of planning.
 */
abstract class CountedPlanning implements PlanningContext {

    private SearchControl searchControl;

    /** Sets the search control, created with this context; once. */
    final void searchControl(SearchControl control) {
        if (searchControl != null) {
            throw new IllegalStateException("the search control is set already");
        }
        searchControl = control;
    }

    @Override
    public final SearchControl searchControl() {
        if (searchControl == null) {
            throw new IllegalStateException("the search control is created after the planning context, and "
                    + "cannot ask for itself");
        }
        return searchControl;
    }

    /** Planning updates made so far. */
    abstract long planningUpdates();

    /** Model queries made so far by planning. */
    abstract long modelQueries();
}
