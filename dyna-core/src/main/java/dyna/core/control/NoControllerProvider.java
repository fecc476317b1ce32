package dyna.core.control;

import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.control.ControllerProvider;
import dyna.api.model.ModelCapability;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import java.util.Set;

/** Provides the absence of a controller, {@code no-controller}: the agent acts by its policy or learner. */
public final class NoControllerProvider implements ControllerProvider {

    @Override
    public String id() {
        return "no-controller";
    }

    @Override
    public String description() {
        return "No decision-time planning: the agent acts by its policy or learner";
    }

    /** Returns null: the agent has no controller. */
    @Override
    public Controller create(Parameters parameters, ComponentContext context, ControlContext control) {
        return null;
    }

    @Override
    public Set<ModelCapability> requires() {
        return Set.of();
    }
}
