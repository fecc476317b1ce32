package dyna.core.compose;

import dyna.api.model.ModelCapability;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import java.util.Set;

/** The factory behind the agent's {@link Slots slot} for its Planner. */
@FunctionalInterface
public interface PlannerFactory {

    /** Creates a fresh planner for one run, working through the agent's planning context. */
    Planner create(PlanningContext context);

    /** The model capabilities the planner needs; each run's model is checked before its first step. */
    default Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES);
    }
}
