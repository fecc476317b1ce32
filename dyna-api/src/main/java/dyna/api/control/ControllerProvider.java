package dyna.api.control;

import dyna.api.model.ModelCapability;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;
import java.util.Set;

/**
 * Creates controllers ({@link Controller}); found by {@link java.util.ServiceLoader}. The kind's
 * default, {@code no-controller}, is an agent that acts by its policy (or learner) alone.
 */
public interface ControllerProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.CONTROLLER;
    }

    /**
     * Creates a fresh controller for one run, drawing from {@code context.random()} and planning
     * through {@code control}. Refuse action or observation spaces the controller cannot work with
     * in one line naming it.
     *
     * @return the controller; only the built-in {@code no-controller} returns null, for an agent without one
     */
    Controller create(Parameters parameters, ComponentContext context, ControlContext control);

    /** The model capabilities the controller needs; each run's model is checked before its first step. */
    default Set<ModelCapability> requires() {
        return Set.of(ModelCapability.SAMPLES);
    }
}
