package dyna.core.compose;

import dyna.api.model.ModelCapability;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.provider.ComponentContext;
import java.util.Set;

/** The factory behind the agent's {@link Slots slot} for its search control. */
@FunctionalInterface
public interface SearchControlFactory {

    /**
     * Creates a fresh search control for one run.
     *
     * @param context  the spaces and the search control's own random stream
     * @param planning the agent's planning context
     */
    SearchControl create(ComponentContext context, PlanningContext planning);

    /** The model capabilities the search control needs; each run's model is checked before its first step. */
    default Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES);
    }
}
