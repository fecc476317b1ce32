package dyna.api.provider;

/** The kinds of pluggable components; each has its own provider interface. */
public enum ComponentKind {
    /** A world the agent acts in ({@code dyna.api.env.EnvironmentProvider}). */
    ENVIRONMENT("environment"),
    /** A model learned from real transitions ({@code dyna.api.model.ModelProvider}). */
    MODEL("model"),
    /** A way to spend a budget of simulated updates ({@code dyna.api.planning.PlannerProvider}). */
    PLANNER("planner"),
    /** An exploration bonus ({@code dyna.api.bonus.BonusProvider}). */
    BONUS("bonus"),
    /** A value update rule ({@code dyna.api.learning.UpdateRuleProvider}). */
    UPDATE_RULE("update-rule"),
    /** A behaviour policy ({@code dyna.api.learning.PolicyProvider}). */
    POLICY("policy");

    private final String label;

    ComponentKind(String label) {
        this.label = label;
    }

    /** The kind's name as users write it, in kebab-case (for example {@code update-rule}). */
    public String label() {
        return label;
    }
}
