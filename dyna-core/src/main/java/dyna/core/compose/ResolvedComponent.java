package dyna.core.compose;

import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/**
 * A chosen provider with its resolved parameter values.
 *
 * @param provider   the provider
 * @param parameters every declared parameter's value, given or default
 */
public record ResolvedComponent(ComponentProvider provider, Parameters parameters) {
}
