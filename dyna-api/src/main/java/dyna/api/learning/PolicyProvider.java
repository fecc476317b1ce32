package dyna.api.learning;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates behaviour policies; found by {@link java.util.ServiceLoader}. */
public interface PolicyProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.POLICY;
    }

    /** Creates a fresh policy for one run, drawing from {@code context.random()}. */
    Policy create(Parameters parameters, ComponentContext context);
}
