package dyna.core.compose;

import dyna.api.provider.ComponentKind;
import dyna.core.registry.KindTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an agent is made of, as users write it: a component id for each kind and parameter
 * values by name, as text. A parameter applies to every chosen component (and the agent) that
 * declares it.
 *
 * @param components an id for every built-in kind of agent part and the environment, and for
 *                   any kind a plugin declared (whose default applies otherwise), in kind order
 * @param parameters given values by parameter name
 */
public record AgentSpec(Map<ComponentKind, String> components, Map<String, String> parameters) {

    /** The default id of each kind but the environment ({@link ComponentKind#defaultId()}): Dyna-Q. */
    public static final Map<ComponentKind, String> DEFAULTS = defaults();

    private static Map<ComponentKind, String> defaults() {
        Map<ComponentKind, String> defaults = new TreeMap<>();
        for (ComponentKind kind : KindTable.builtIn().agentKinds()) {
            kind.defaultId().ifPresent(id -> defaults.put(kind, id));
        }
        return Collections.unmodifiableMap(defaults);
    }

    /** Copies the maps and checks that every built-in kind of the agent has an id. */
    public AgentSpec {
        components = Collections.unmodifiableMap(new TreeMap<>(components));
        parameters = Map.copyOf(parameters);
        for (ComponentKind kind : KindTable.builtIn().agentKinds()) {
            if (!components.containsKey(kind)) {
                throw new IllegalArgumentException("no " + kind.label() + " given");
            }
        }
        for (ComponentKind kind : components.keySet()) {
            if (!kind.partOfAgent()) {
                throw new IllegalArgumentException("a " + kind.label() + " is not a part of an agent");
            }
        }
    }

    /** Dyna-Q in the given environment, every parameter at its default. */
    public static AgentSpec dynaQ(String environment) {
        Map<ComponentKind, String> components = new TreeMap<>(DEFAULTS);
        components.put(ComponentKind.ENVIRONMENT, environment);
        return new AgentSpec(components, Map.of());
    }

    /** This spec with the component of {@code kind} replaced. */
    public AgentSpec with(ComponentKind kind, String id) {
        Map<ComponentKind, String> changed = new TreeMap<>(components);
        changed.put(kind, id);
        return new AgentSpec(changed, parameters);
    }

    /** This spec with one parameter value set. */
    public AgentSpec with(String parameter, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(parameter, value);
        return new AgentSpec(components, changed);
    }

    /** The id of the component of {@code kind}; for a kind a plugin declared and the spec does not name, its default. */
    public String component(ComponentKind kind) {
        String id = components.get(kind);
        return id != null ? id : kind.defaultId().orElse(null);
    }
}
