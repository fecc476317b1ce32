package dyna.core.compose;

import dyna.api.env.Environment;

/** The factory behind the agent's {@link Slots slot} for its Environment. */
@FunctionalInterface
public interface EnvironmentFactory {

    /** Creates a fresh environment for one run. */
    Environment create();
}
