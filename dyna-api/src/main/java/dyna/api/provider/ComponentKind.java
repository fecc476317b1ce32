package dyna.api.provider;

import dyna.api.bonus.BonusProvider;
import dyna.api.env.EnvironmentProvider;
import dyna.api.learning.ActionValuesProvider;
import dyna.api.learning.FeaturesProvider;
import dyna.api.learning.PolicyProvider;
import dyna.api.learning.UpdateRuleProvider;
import dyna.api.model.ModelProvider;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.SearchControlProvider;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of pluggable components, and everything the framework knows about each in one
 * place: its name as users write it, its heading in {@code dyna list}, its provider interface,
 * the id chosen when none is given, and whether an experiment may sweep it. Adding a kind is a
 * constant here, its provider interface, and its Guice slot.
 */
public enum ComponentKind {
    /** A world the agent acts in. */
    ENVIRONMENT("environment", "ENVIRONMENTS", EnvironmentProvider.class, null),
    /** A model learned from real transitions. */
    MODEL("model", "MODELS", ModelProvider.class, "tabular-deterministic"),
    /** A way to spend a budget of simulated updates. */
    PLANNER("planner", "PLANNERS", PlannerProvider.class, "random-sample"),
    /** Where planning updates start; by default the planner's own choice. */
    SEARCH_CONTROL("search-control", "SEARCH CONTROLS", SearchControlProvider.class, SearchControlProvider.PLANNERS_OWN),
    /** An exploration bonus. */
    BONUS("bonus", "EXPLORATION BONUSES", BonusProvider.class, "none"),
    /** A value update rule. */
    UPDATE_RULE("update-rule", "UPDATE RULES", UpdateRuleProvider.class, "q-learning"),
    /** A behaviour policy. */
    POLICY("policy", "POLICIES", PolicyProvider.class, "epsilon-greedy"),
    /** Action values: tabular, or linear over features. */
    VALUES("values", "ACTION VALUES", ActionValuesProvider.class, "tabular"),
    /** A feature constructor, for values over features. */
    FEATURES("features", "FEATURES", FeaturesProvider.class, "one-hot");

    private final String label;
    private final String heading;
    private final Class<? extends ComponentProvider> providerType;
    private final String defaultId;

    ComponentKind(String label, String heading, Class<? extends ComponentProvider> providerType, String defaultId) {
        this.label = label;
        this.heading = heading;
        this.providerType = providerType;
        this.defaultId = defaultId;
    }

    /** The kind's name as users write it, in kebab-case (for example {@code update-rule}). */
    public String label() {
        return label;
    }

    /** The heading of the kind's section in {@code dyna list}, for example {@code UPDATE RULES}. */
    public String heading() {
        return heading;
    }

    /** The service interface that providers of this kind implement. */
    public Class<? extends ComponentProvider> providerType() {
        return providerType;
    }

    /** The id chosen when none is given (Dyna-Q's components); empty for the environment, which must be named. */
    public Optional<String> defaultId() {
        return Optional.ofNullable(defaultId);
    }

    /** Whether an experiment may list several ids of this kind and sweep them: every kind but the environment. */
    public boolean swept() {
        return this != ENVIRONMENT;
    }

    /** The kinds an experiment may sweep, in declaration order. */
    public static List<ComponentKind> sweptKinds() {
        return java.util.Arrays.stream(values()).filter(ComponentKind::swept).toList();
    }

    /** The kind named {@code label}, if any. */
    public static Optional<ComponentKind> labelled(String label) {
        return java.util.Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
