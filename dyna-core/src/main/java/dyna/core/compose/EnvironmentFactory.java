package dyna.core.compose;

import dyna.api.env.Environment;

/** The {@link Slots slot} of the agent's Environment component. */
@FunctionalInterface
public interface EnvironmentFactory {

    /** Creates a fresh environment for one run. */
    Environment create();
}
