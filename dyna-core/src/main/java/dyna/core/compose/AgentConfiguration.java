package dyna.core.compose;

import dyna.api.learning.ActionValuesProvider;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.ParameterType;
import dyna.api.provider.Parameters;
import dyna.core.agent.AgentSettings;
import dyna.core.registry.ConfigurationException;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An {@link AgentSpec} checked against the registry: every id known, every given parameter
 * declared by a chosen component or by the agent, every value in range, and the model offering
 * what the planner and the search control need. The search control
 * {@link SearchControlProvider#PLANNERS_OWN} stands for the planner's own choice.
 *
 * @param components the chosen provider of each kind, with its parameter values
 * @param agent      the agent's own parameter values ({@link AgentSettings#PARAMETERS})
 */
public record AgentConfiguration(Map<ComponentKind, ResolvedComponent> components, Parameters agent) {

    /** The kinds of dyna-api 0.1, whose components are in every identity, default or not. */
    private static final java.util.Set<ComponentKind> FIRST_KINDS = java.util.Set.of(ComponentKind.ENVIRONMENT,
            ComponentKind.MODEL, ComponentKind.PLANNER, ComponentKind.SEARCH_CONTROL, ComponentKind.BONUS,
            ComponentKind.UPDATE_RULE, ComponentKind.POLICY);

    /** Copies the map, in kind order. */
    public AgentConfiguration {
        components = java.util.Collections.unmodifiableMap(new TreeMap<>(components));
    }

    /**
     * Resolves a spec.
     *
     * @throws ConfigurationException naming an unknown id (with the known ones), a parameter no
     *                                chosen component declares (with the declared ones), or a
     *                                value out of range (with the range)
     */
    public static AgentConfiguration resolve(ProviderRegistry registry, AgentSpec spec) {
        Map<ComponentKind, ComponentProvider> providers = providers(registry, spec);
        TreeSet<String> declared = declaredWithScopes(providers);
        for (String name : new TreeSet<>(spec.parameters().keySet())) {
            if (!declared.contains(name)) {
                throw new ConfigurationException("unknown parameter '" + name + "'; the chosen components declare: "
                        + String.join(", ", declared(providers)) + (name.contains(".")
                        ? " (scoped to a kind as KIND.NAME, for a name that kind's component declares)" : "")
                        + dyna.core.registry.DidYouMean.suggestion(name, declared));
            }
        }
        ModelProvider model = (ModelProvider) providers.get(ComponentKind.MODEL);
        PlannerProvider planner = (PlannerProvider) providers.get(ComponentKind.PLANNER);
        checkCapabilities(registry, "planner " + planner.id(), planner.requires(), model);
        SearchControlProvider control = (SearchControlProvider) providers.get(ComponentKind.SEARCH_CONTROL);
        checkCapabilities(registry, "search control " + control.id(), control.requires(), model);
        dyna.api.control.ControllerProvider controller = (dyna.api.control.ControllerProvider) providers.get(
                ComponentKind.CONTROLLER);
        checkCapabilities(registry, "controller " + controller.id(), controller.requires(), model);
        ActionValuesProvider values = (ActionValuesProvider) providers.get(ComponentKind.VALUES);
        ComponentProvider features = providers.get(ComponentKind.FEATURES);
        if (!values.usesFeatures() && !features.id().equals(ComponentKind.FEATURES.defaultId().orElseThrow())) {
            throw new ConfigurationException("values " + values.id() + " index discrete states and use no features, so "
                    + "features " + features.id() + " would be ignored; choose values that read features (loaded: "
                    + registry.providers(ComponentKind.VALUES).stream().filter(p -> ((ActionValuesProvider) p).usesFeatures())
                    .map(ComponentProvider::id).collect(Collectors.joining(", ")) + ")");
        }
        try {
            Map<ComponentKind, ResolvedComponent> resolved = new TreeMap<>();
            providers.forEach((kind, provider) -> resolved.put(kind, new ResolvedComponent(provider,
                    Parameters.resolve(provider.parameters(), valuesFor(kind, spec.parameters())))));
            return new AgentConfiguration(resolved, Parameters.resolve(AgentSettings.PARAMETERS, spec.parameters()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    private static void checkCapabilities(ProviderRegistry registry, String component, java.util.Set<ModelCapability> needs,
            ModelProvider model) {
        for (ModelCapability needed : needs) {
            if (!model.capabilities().contains(needed)) {
                String offering = registry.providers(ComponentKind.MODEL).stream()
                        .filter(p -> ((ModelProvider) p).capabilities().contains(needed))
                        .map(ComponentProvider::id).collect(Collectors.joining(", "));
                throw new ConfigurationException(component + " needs a model with " + needed.label()
                        + ", which model " + model.id() + " does not offer; loaded models with " + needed.label() + ": "
                        + (offering.isEmpty() ? "(none)" : offering));
            }
        }
    }

    /**
     * The names of the parameters that the spec's components and the agent declare, flat and
     * scoped to each component's kind.
     *
     * @throws ConfigurationException naming an unknown id
     */
    public static TreeSet<String> declaredParameters(ProviderRegistry registry, AgentSpec spec) {
        return declaredWithScopes(providers(registry, spec));
    }

    private static Map<ComponentKind, ComponentProvider> providers(ProviderRegistry registry, AgentSpec spec) {
        Map<ComponentKind, ComponentProvider> providers = new TreeMap<>();
        for (ComponentKind kind : registry.kinds().agentKinds()) {
            if (!kind.equals(ComponentKind.SEARCH_CONTROL)) {
                providers.put(kind, registry.find(kind, spec.component(kind)));
            }
        }
        for (ComponentKind kind : spec.components().keySet()) {
            if (!providers.containsKey(kind) && !kind.equals(ComponentKind.SEARCH_CONTROL)) {
                throw new ConfigurationException("unknown kind of component '" + kind.label() + "' (the plugin that "
                        + "declares it is not loaded); kinds: " + registry.kinds().agentKinds().stream()
                        .map(ComponentKind::label).collect(Collectors.joining(", ")));
            }
        }
        providers.put(ComponentKind.SEARCH_CONTROL, searchControl(registry,
                (PlannerProvider) providers.get(ComponentKind.PLANNER), spec.component(ComponentKind.SEARCH_CONTROL)));
        return providers;
    }

    /**
     * The search control {@code id} names for {@code planner}: the planner's own for
     * {@link SearchControlProvider#PLANNERS_OWN}.
     *
     * @throws ConfigurationException naming an unknown id, or a planner whose own search control is not loaded
     */
    public static ComponentProvider searchControl(ProviderRegistry registry, PlannerProvider planner, String id) {
        if (!id.equals(SearchControlProvider.PLANNERS_OWN)) {
            return registry.find(ComponentKind.SEARCH_CONTROL, id);
        }
        String own = planner.searchControl();
        List<ComponentProvider> loaded = registry.providers(ComponentKind.SEARCH_CONTROL);
        if (loaded.stream().noneMatch(p -> p.id().equals(own))) {
            throw new ConfigurationException("planner " + planner.id() + " plans from search control '" + own
                    + "', which is not loaded; choose one with --search-control (loaded: "
                    + loaded.stream().map(ComponentProvider::id).collect(Collectors.joining(", ")) + ")");
        }
        return registry.find(ComponentKind.SEARCH_CONTROL, own);
    }

    private static TreeSet<String> declared(Map<ComponentKind, ComponentProvider> providers) {
        TreeSet<String> declared = new TreeSet<>();
        AgentSettings.PARAMETERS.forEach(p -> declared.add(p.name()));
        providers.values().forEach(p -> p.parameters().forEach(s -> declared.add(s.name())));
        return declared;
    }

    /** The declared names, each also scoped to its component's kind ({@code planner.epsilon}). */
    private static TreeSet<String> declaredWithScopes(Map<ComponentKind, ComponentProvider> providers) {
        TreeSet<String> declared = declared(providers);
        providers.forEach((kind, provider) -> provider.parameters().forEach(s -> declared.add(scoped(kind, s.name()))));
        return declared;
    }

    /** The name of a parameter scoped to one kind of component, for example {@code planner.epsilon}. */
    public static String scoped(ComponentKind kind, String parameter) {
        return kind.label() + "." + parameter;
    }

    /**
     * The values that apply to the component of {@code kind}: every flat name, with a value
     * scoped to the kind ({@code planner.epsilon}) taking the place of the flat one.
     */
    private static Map<String, String> valuesFor(ComponentKind kind, Map<String, String> given) {
        Map<String, String> values = new java.util.HashMap<>();
        String prefix = kind.label() + ".";
        given.forEach((name, value) -> {
            if (!name.contains(".")) {
                values.putIfAbsent(name, value);
            } else if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), value);
            }
        });
        return values;
    }

    /**
     * A spec that resolves to this configuration again: every component's id and every
     * parameter value, scoped to its component's kind (the agent's own flat), as text.
     */
    public AgentSpec spec() {
        Map<ComponentKind, String> ids = new TreeMap<>();
        Map<String, String> values = new TreeMap<>();
        components.forEach((kind, component) -> {
            ids.put(kind, component.provider().id());
            component.parameters().asMap().forEach((name, value) -> values.put(scoped(kind, name), value.toString()));
        });
        agent.asMap().forEach((name, value) -> values.put(name, value.toString()));
        return new AgentSpec(ids, values);
    }

    /** The chosen component of {@code kind}. */
    public ResolvedComponent component(ComponentKind kind) {
        return components.get(kind);
    }

    /** The agent's own settings. */
    public AgentSettings settings() {
        return AgentSettings.from(agent);
    }

    /**
     * A canonical text of everything that determines a run besides its seed: every component's
     * id and every resolved parameter value, in a fixed order; a file parameter stands for its
     * file's content (a SHA-256), so that the same map gives the same runs wherever it lies and
     * an edited map gives new ones. Equal configurations, however they were written, have equal
     * identities. The planner's own search control counts as part of the planner: its
     * parameters are listed with the planner's and it has no entry of its own, so that the
     * identities (and the seeds derived from them) of configurations from before search
     * control was a kind of its own stay as they were.
     */
    public String identity() {
        StringBuilder text = new StringBuilder();
        for (ComponentKind kind : components.keySet()) {
            if (!(kind.equals(ComponentKind.SEARCH_CONTROL) && plannersOwnSearchControl() || isDefault(kind))) {
                text.append(identity(kind)).append(';');
            }
        }
        return text.append("agent").append(new TreeMap<>(agent.asMap())).toString();
    }

    /**
     * The canonical text of the environment alone (its id and parameter values, files by
     * content): what its random stream in an experiment derives from, with the master seed and
     * the run's index, so that every agent compared on it meets the same draws.
     */
    public String environmentIdentity() {
        return identity(ComponentKind.ENVIRONMENT);
    }

    /**
     * Whether the component of a kind added after the first seven (values and features in dyna-api
     * 0.2, any later built-in kind, any kind a plugin declares) is its kind's default with every
     * parameter at its default: such components are left out of the identity, as they were before
     * the kind existed, so that adding a kind (or loading a plugin that declares one) changes no
     * run of an experiment that does not use it.
     */
    private boolean isDefault(ComponentKind kind) {
        if (FIRST_KINDS.contains(kind)) {
            return false;
        }
        ResolvedComponent component = components.get(kind);
        return component.provider().id().equals(kind.defaultId().orElseThrow())
                && component.parameters().asMap().equals(Parameters.resolve(component.provider().parameters(), Map.of())
                        .asMap());
    }

    private boolean plannersOwnSearchControl() {
        PlannerProvider planner = (PlannerProvider) components.get(ComponentKind.PLANNER).provider();
        return components.get(ComponentKind.SEARCH_CONTROL).provider().id().equals(planner.searchControl());
    }

    private String identity(ComponentKind kind) {
        ResolvedComponent component = components.get(kind);
        Map<String, Object> values = new TreeMap<>(component.parameters().asMap());
        if (kind.equals(ComponentKind.PLANNER) && plannersOwnSearchControl()) {
            components.get(ComponentKind.SEARCH_CONTROL).parameters().asMap().forEach(values::putIfAbsent);
        }
        for (ParameterSpec spec : component.provider().parameters()) {
            if (spec.type() == ParameterType.FILE && !values.get(spec.name()).toString().isEmpty()) {
                values.put(spec.name(), FileContent.identity(Path.of(values.get(spec.name()).toString())));
            }
        }
        return kind.label() + "=" + component.provider().id() + values;
    }
}
