package dyna.api.planning;

import dyna.api.model.ModelCapability;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Creates planners; found by {@link java.util.ServiceLoader}. */
public interface PlannerProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.PLANNER;
    }

    /** The model capabilities the planner needs; checked before the first step. */
    default Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES);
    }

    /**
     * The id of the search control used when none is chosen, for example {@code priority-queue}
     * for prioritized sweeping; {@code seen-pairs} (the Dyna-Q box's) unless overridden.
     */
    default String searchControl() {
        return "seen-pairs";
    }

    /** Creates a fresh planner for one run, working through {@code context}. */
    Planner create(Parameters parameters, PlanningContext context);
}
