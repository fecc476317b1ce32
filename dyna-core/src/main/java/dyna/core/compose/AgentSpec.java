package dyna.core.compose;

import dyna.api.provider.ComponentKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an agent is made of, as users write it: a component id for each kind and parameter
 * values by name, as text. A parameter applies to every chosen component (and the agent) that
 * declares it.
 *
 * @param components an id for every {@link ComponentKind}
 * @param parameters given values by parameter name
 */
public record AgentSpec(Map<ComponentKind, String> components, Map<String, String> parameters) {

    /** The default id of each kind but the environment ({@link ComponentKind#defaultId()}): Dyna-Q. */
    public static final Map<ComponentKind, String> DEFAULTS = defaults();

    private static Map<ComponentKind, String> defaults() {
        Map<ComponentKind, String> defaults = new EnumMap<>(ComponentKind.class);
        for (ComponentKind kind : ComponentKind.values()) {
            kind.defaultId().ifPresent(id -> defaults.put(kind, id));
        }
        return java.util.Collections.unmodifiableMap(defaults);
    }

    /** Copies the maps and checks that every kind has an id. */
    public AgentSpec {
        components = Map.copyOf(components);
        parameters = Map.copyOf(parameters);
        for (ComponentKind kind : ComponentKind.values()) {
            if (!components.containsKey(kind)) {
                throw new IllegalArgumentException("no " + kind.label() + " given");
            }
        }
    }

    /** Dyna-Q in the given environment, every parameter at its default. */
    public static AgentSpec dynaQ(String environment) {
        Map<ComponentKind, String> components = new EnumMap<>(DEFAULTS);
        components.put(ComponentKind.ENVIRONMENT, environment);
        return new AgentSpec(components, Map.of());
    }

    /** This spec with the component of {@code kind} replaced. */
    public AgentSpec with(ComponentKind kind, String id) {
        Map<ComponentKind, String> changed = new EnumMap<>(components);
        changed.put(kind, id);
        return new AgentSpec(changed, parameters);
    }

    /** This spec with one parameter value set. */
    public AgentSpec with(String parameter, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(parameter, value);
        return new AgentSpec(components, changed);
    }

    /** The id of the component of {@code kind}. */
    public String component(ComponentKind kind) {
        return components.get(kind);
    }
}
