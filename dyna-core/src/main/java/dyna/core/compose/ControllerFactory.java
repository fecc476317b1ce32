package dyna.core.compose;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.model.ModelCapability;
import dyna.api.provider.ComponentContext;
import java.util.Set;

/** The factory behind the agent's {@link Slots slot} for its controller. */
@FunctionalInterface
public interface ControllerFactory {

    /** Creates a fresh controller for one run, planning through {@code control}; null for an agent without one. */
    Controller create(ComponentContext context, ControlContext control);

    /** The model capabilities the controller needs; each run's model is checked before its first step. */
    default Set<ModelCapability> requires() {
        return Set.of();
    }

    /** Whether this factory creates no controller (the default {@code no-controller}); a factory bound in code creates one. */
    default boolean none() {
        return false;
    }
}
