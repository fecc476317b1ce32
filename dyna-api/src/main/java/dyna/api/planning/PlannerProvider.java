package dyna.api.planning;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates planners; found by {@link java.util.ServiceLoader}. */
public interface PlannerProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.PLANNER;
    }

    /** Creates a fresh planner for one run, working through {@code context}. */
    Planner create(Parameters parameters, PlanningContext context);
}
