package dyna.core.registry;

import dyna.api.bonus.BonusProvider;
import dyna.api.control.ControllerProvider;
import dyna.api.env.EnvironmentProvider;
import dyna.api.learning.ActionValuesProvider;
import dyna.api.learning.FeaturesProvider;
import dyna.api.learning.LearnerProvider;
import dyna.api.learning.PolicyProvider;
import dyna.api.learning.UpdateRuleProvider;
import dyna.api.metric.MetricProvider;
import dyna.api.model.ModelProvider;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.ExtensionProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of component and the provider interface of each: the built-in kinds, and those that
 * plugins declare. Everything that lists kinds (the registry, {@code dyna list}, experiment files'
 * keys, the command line's component options, the schema, config.json) reads this table, so
 * that adding a built-in kind is its constant and provider interface in the API, one entry here,
 * and its use in the agent.
 */
public final class KindTable {

    /**
     * A kind and the interface its providers implement.
     *
     * @param kind         the kind
     * @param providerType its provider interface
     */
    public record Entry(ComponentKind kind, Class<? extends ComponentProvider> providerType) {
    }

    private static final KindTable BUILT_IN = new KindTable(List.of(
            new Entry(ComponentKind.ENVIRONMENT, EnvironmentProvider.class),
            new Entry(ComponentKind.MODEL, ModelProvider.class),
            new Entry(ComponentKind.PLANNER, PlannerProvider.class),
            new Entry(ComponentKind.SEARCH_CONTROL, SearchControlProvider.class),
            new Entry(ComponentKind.BONUS, BonusProvider.class),
            new Entry(ComponentKind.UPDATE_RULE, UpdateRuleProvider.class),
            new Entry(ComponentKind.POLICY, PolicyProvider.class),
            new Entry(ComponentKind.VALUES, ActionValuesProvider.class),
            new Entry(ComponentKind.FEATURES, FeaturesProvider.class),
            new Entry(ComponentKind.METRIC, MetricProvider.class),
            new Entry(ComponentKind.LEARNER, LearnerProvider.class),
            new Entry(ComponentKind.CONTROLLER, ControllerProvider.class)));

    private final List<Entry> entries;

    private KindTable(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::kind));
        this.entries = List.copyOf(sorted);
    }

    /** The built-in kinds. */
    public static KindTable builtIn() {
        return BUILT_IN;
    }

    /**
     * This table with a kind a plugin declared.
     *
     * @throws IllegalArgumentException when its label is taken, or its provider interface does not
     *                                  extend {@link ExtensionProvider}
     */
    public KindTable with(ComponentKind kind, Class<? extends ComponentProvider> providerType) {
        if (labelled(kind.label()).isPresent()) {
            throw new IllegalArgumentException("kind '" + kind.label() + "' is declared already");
        }
        if (!ExtensionProvider.class.isAssignableFrom(providerType) || !providerType.isInterface()) {
            throw new IllegalArgumentException("kind " + kind.label() + ": its provider type " + providerType.getName()
                    + " must be an interface that extends " + ExtensionProvider.class.getName());
        }
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(kind, providerType));
        return new KindTable(more);
    }

    /** Every kind with its provider interface: built-in kinds first, in their order, then declared ones by label. */
    public List<Entry> entries() {
        return entries;
    }

    /** Every kind, in order. */
    public List<ComponentKind> kinds() {
        return entries.stream().map(Entry::kind).toList();
    }

    /** The kinds every agent has one component of: the environment and the agent's parts, in order. */
    public List<ComponentKind> agentKinds() {
        return kinds().stream().filter(ComponentKind::partOfAgent).toList();
    }

    /** The kinds an experiment may sweep, in order. */
    public List<ComponentKind> sweptKinds() {
        return kinds().stream().filter(ComponentKind::swept).toList();
    }

    /** The kind named {@code label}, if any. */
    public Optional<ComponentKind> labelled(String label) {
        return kinds().stream().filter(k -> k.label().equals(label)).findFirst();
    }

    /** The provider interface of a kind in this table. */
    public Class<? extends ComponentProvider> providerType(ComponentKind kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).findFirst().map(Entry::providerType)
                .orElseThrow(() -> new IllegalArgumentException("kind " + kind.label() + " is not in the table"));
    }

    /** The kind whose provider interface {@code type} implements, if any. */
    public Optional<ComponentKind> kindOf(Class<?> type) {
        return entries.stream().filter(e -> e.providerType().isAssignableFrom(type)).findFirst().map(Entry::kind);
    }
}
