package dyna.api.env;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/** Creates environments; found by {@link java.util.ServiceLoader}. */
public interface EnvironmentProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.ENVIRONMENT;
    }

    /**
     * Creates a fresh environment.
     *
     * @param parameters the resolved values of {@link #parameters()}
     * @throws IllegalArgumentException when the parameters describe no valid environment (for
     *                                  example a malformed map file), with a message for users
     */
    Environment create(Parameters parameters);
}
