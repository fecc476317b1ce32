package dyna.api.planning;

import dyna.api.model.ModelCapability;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Creates search controls; found by {@link java.util.ServiceLoader}. */
public interface SearchControlProvider extends ComponentProvider {

    /**
     * The id that stands for "the planner's own search control" ({@link
     * PlannerProvider#searchControl()}): the default of the search-control kind.
     */
    String PLANNERS_OWN = "planner-default";

    @Override
    default ComponentKind kind() {
        return ComponentKind.SEARCH_CONTROL;
    }

    /** The model capabilities the search control needs; checked before the first step. */
    default Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES);
    }

    /**
     * Creates a fresh search control for one run.
     *
     * @param context  the spaces and the search control's own random stream
     * @param planning the agent's planning context (its model, values and errors)
     * @throws IllegalArgumentException when it cannot work with the context's spaces
     */
    SearchControl create(Parameters parameters, ComponentContext context, PlanningContext planning);
}
