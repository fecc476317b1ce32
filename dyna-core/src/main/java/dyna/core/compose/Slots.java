package dyna.core.compose;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dyna.api.run.EpisodeListener;

/**
 * The agent's component slots. {@link AgentModule} sets each slot's default from the
 * configuration; a user's own module replaces one with {@code setBinding()}, for example:
 * <pre>{@code
 * binder -> Slots.model(binder).setBinding().toInstance(context -> new MyModel(context))
 * }</pre>
 */
public final class Slots {

    private Slots() {
    }

    /** The environment slot. */
    public static OptionalBinder<EnvironmentFactory> environment(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, EnvironmentFactory.class);
    }

    /** The model slot. */
    public static OptionalBinder<ModelFactory> model(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, ModelFactory.class);
    }

    /** The planner slot. */
    public static OptionalBinder<PlannerFactory> planner(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, PlannerFactory.class);
    }

    /** The search control slot. */
    public static OptionalBinder<SearchControlFactory> searchControl(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, SearchControlFactory.class);
    }

    /** The exploration bonus slot. */
    public static OptionalBinder<BonusFactory> bonus(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, BonusFactory.class);
    }

    /** The update rule slot. */
    public static OptionalBinder<UpdateRuleFactory> updateRule(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, UpdateRuleFactory.class);
    }

    /** The listeners told of every finished episode; add one with {@code addBinding()}. */
    public static Multibinder<EpisodeListener> episodeListeners(Binder binder) {
        return Multibinder.newSetBinder(binder, EpisodeListener.class);
    }

    /** The action values slot. */
    public static OptionalBinder<ValuesFactory> values(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, ValuesFactory.class);
    }

    /** The feature constructor slot. */
    public static OptionalBinder<FeaturesFactory> features(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, FeaturesFactory.class);
    }

    /** The behaviour policy slot. */
    public static OptionalBinder<PolicyFactory> policy(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, PolicyFactory.class);
    }

    /** The learner-from-batches slot (SAC); its default {@code no-learner} creates null: the agent learns through its values. */
    public static OptionalBinder<LearnerFactory> learner(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, LearnerFactory.class);
    }

    /** The controller slot (decision-time planning); its default {@code no-controller} creates null: the agent acts by its policy or learner. */
    public static OptionalBinder<ControllerFactory> controller(Binder binder) {
        return OptionalBinder.newOptionalBinder(binder, ControllerFactory.class);
    }
}
