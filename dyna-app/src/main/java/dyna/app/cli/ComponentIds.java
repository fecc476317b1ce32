package dyna.app.cli;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.core.registry.ProviderRegistry;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * What the shell completes after a component option or {@code --param}: the built-in ids of a
 * kind, or every parameter name followed by {@code =}. Looked up only when iterated (when
 * {@code dyna completion} writes its script), so that no other command pays for the registry.
 */
final class ComponentIds implements Iterable<String> {

    private final ComponentKind kind;

    private ComponentIds(ComponentKind kind) {
        this.kind = kind;
    }

    /** The ids of {@code kind}'s built-in components. */
    static ComponentIds of(ComponentKind kind) {
        return new ComponentIds(kind);
    }

    /** Every parameter name of every built-in component and of the agent, each followed by {@code =}. */
    static ComponentIds parameters() {
        return new ComponentIds(null);
    }

    @Override
    public Iterator<String> iterator() {
        ProviderRegistry registry = ProviderRegistry.discover();
        TreeSet<String> names = new TreeSet<>();
        if (kind != null) {
            registry.providers(kind).forEach(provider -> names.add(provider.id()));
        } else {
            for (ComponentKind each : registry.kinds().kinds()) {
                for (ComponentProvider provider : registry.providers(each)) {
                    provider.parameters().forEach(p -> names.add(p.name() + "="));
                }
            }
            for (ParameterSpec p : dyna.core.agent.AgentSettings.PARAMETERS) {
                names.add(p.name() + "=");
            }
        }
        return names.iterator();
    }
}
