package dyna.api.provider;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of pluggable component: its name as users write it (an experiment file's key, a
 * command-line option), its heading in {@code dyna list}, the id chosen when none is given, and
 * what it is to a run. The built-in kinds are the constants here; a plugin may {@link
 * #declare declare} a kind of its own. Which provider interface each kind's providers implement
 * is the kind table's business ({@code dyna.core.registry.KindTable}): this class knows no
 * provider interface, so that none of them and it import each other.
 */
public final class ComponentKind implements Comparable<ComponentKind> {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** What a kind's components are to a run. */
    public enum Role {
        /** The world: one per experiment, never swept. */
        WORLD,
        /** A part of the agent: one per agent, an experiment may sweep several ids. */
        AGENT_PART,
        /** A measure of the run: an experiment chooses any number, none is swept. */
        MEASURE
    }

    /** A world the agent acts in. */
    public static final ComponentKind ENVIRONMENT = new ComponentKind("environment", "ENVIRONMENTS", null, Role.WORLD, 0);
    /** A model learned from real transitions. */
    public static final ComponentKind MODEL = new ComponentKind("model", "MODELS", "tabular-deterministic",
            Role.AGENT_PART, 1);
    /** A way to spend a budget of simulated updates. */
    public static final ComponentKind PLANNER = new ComponentKind("planner", "PLANNERS", "random-sample",
            Role.AGENT_PART, 2);
    /** Where planning updates start; by default the planner's own choice. */
    public static final ComponentKind SEARCH_CONTROL = new ComponentKind("search-control", "SEARCH CONTROLS",
            "planner-default", Role.AGENT_PART, 3);
    /** An exploration bonus. */
    public static final ComponentKind BONUS = new ComponentKind("bonus", "EXPLORATION BONUSES", "none",
            Role.AGENT_PART, 4);
    /** A value update rule. */
    public static final ComponentKind UPDATE_RULE = new ComponentKind("update-rule", "UPDATE RULES", "q-learning",
            Role.AGENT_PART, 5);
    /** A behaviour policy. */
    public static final ComponentKind POLICY = new ComponentKind("policy", "POLICIES", "epsilon-greedy",
            Role.AGENT_PART, 6);
    /** Action values: tabular, or linear over features. */
    public static final ComponentKind VALUES = new ComponentKind("values", "ACTION VALUES", "tabular",
            Role.AGENT_PART, 7);
    /** A feature constructor, for values over features. */
    public static final ComponentKind FEATURES = new ComponentKind("features", "FEATURES", "one-hot",
            Role.AGENT_PART, 8);
    /** A measure of each episode (steps, return, value error, model error, ...). */
    public static final ComponentKind METRIC = new ComponentKind("metric", "METRICS", null, Role.MEASURE, 9);
    /** A learner from batches (SAC) in place of values, features, update rule and policy; {@code no-learner} by default. */
    public static final ComponentKind LEARNER = new ComponentKind("learner", "LEARNERS FROM BATCHES", "no-learner",
            Role.AGENT_PART, 10);
    /** Decision-time planning: a controller that acts by optimising plans through the model; {@code no-controller} by default. */
    public static final ComponentKind CONTROLLER = new ComponentKind("controller", "CONTROLLERS", "no-controller",
            Role.AGENT_PART, 11);

    private static final List<ComponentKind> BUILT_IN = List.of(ENVIRONMENT, MODEL, PLANNER, SEARCH_CONTROL, BONUS,
            UPDATE_RULE, POLICY, VALUES, FEATURES, METRIC, LEARNER, CONTROLLER);

    private final String label;
    private final String heading;
    private final String defaultId;
    private final Role role;
    private final int order;

    private ComponentKind(String label, String heading, String defaultId, Role role, int order) {
        this.label = label;
        this.heading = heading;
        this.defaultId = defaultId;
        this.role = role;
        this.order = order;
    }

    /**
     * A kind of agent part that a plugin adds: one component of it per agent, chosen by id (in an
     * experiment file under {@code label}, on the command line with {@code --label}) and swept
     * like the built-in kinds. It needs a default, so that every experiment that does not name
     * one still has an agent.
     *
     * @param label     kebab-case, unique among the kinds loaded (for example {@code forgetting})
     * @param heading   its heading in {@code dyna list}, for example {@code FORGETTING SCHEDULES}
     * @param defaultId the id chosen when an experiment names none
     * @throws IllegalArgumentException for a label that is not kebab-case, a blank heading or no default
     */
    public static ComponentKind declare(String label, String heading, String defaultId) {
        if (label == null || !KEBAB.matcher(label).matches()) {
            throw new IllegalArgumentException("a kind's label '" + label + "' is not kebab-case");
        }
        if (heading == null || heading.isBlank() || heading.contains("\n")) {
            throw new IllegalArgumentException("kind " + label + " needs a one-line heading");
        }
        if (defaultId == null || !KEBAB.matcher(defaultId).matches()) {
            throw new IllegalArgumentException("kind " + label + " needs a default id in kebab-case, not '"
                    + defaultId + "'");
        }
        return new ComponentKind(label, heading, defaultId, Role.AGENT_PART, Integer.MAX_VALUE);
    }

    /** The built-in kinds, in the order {@code dyna list} shows them. */
    public static List<ComponentKind> builtIn() {
        return BUILT_IN;
    }

    /** The kind's name as users write it, in kebab-case (for example {@code update-rule}). */
    public String label() {
        return label;
    }

    /** The heading of the kind's section in {@code dyna list}, for example {@code UPDATE RULES}. */
    public String heading() {
        return heading;
    }

    /** What the kind's components are to a run. */
    public Role role() {
        return role;
    }

    /** The id chosen when none is given (Dyna-Q's components); empty for the environment, which must be named, and metrics. */
    public Optional<String> defaultId() {
        return Optional.ofNullable(defaultId);
    }

    /** Whether an experiment may list several ids of this kind and sweep them: the agent's parts. */
    public boolean swept() {
        return role == Role.AGENT_PART;
    }

    /** Whether every agent has one component of this kind (the environment and the agent's parts). */
    public boolean partOfAgent() {
        return role != Role.MEASURE;
    }

    /** Whether this is one of the kinds built into Dyna rather than one a plugin declared. */
    public boolean isBuiltIn() {
        return order != Integer.MAX_VALUE;
    }

    /** Built-in kinds first, in their order, then declared kinds by label. */
    @Override
    public int compareTo(ComponentKind other) {
        int byOrder = Integer.compare(order, other.order);
        return byOrder != 0 ? byOrder : label.compareTo(other.label);
    }

    /** Kinds are equal when their labels are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ComponentKind kind && kind.label.equals(label);
    }

    @Override
    public int hashCode() {
        return label.hashCode();
    }

    /** The label. */
    @Override
    public String toString() {
        return Objects.requireNonNull(label);
    }
}
