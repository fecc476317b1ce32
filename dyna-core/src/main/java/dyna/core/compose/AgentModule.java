package dyna.core.compose;

import com.google.inject.AbstractModule;
import dyna.api.learning.Learner;
import dyna.api.learning.LearnerProvider;
import dyna.core.learning.NoLearnerProvider;
import dyna.api.bonus.BonusProvider;
import dyna.api.control.ControlContext;
import dyna.api.control.Controller;
import dyna.api.control.ControllerProvider;
import dyna.core.control.NoControllerProvider;
import dyna.api.env.EnvironmentProvider;
import dyna.api.learning.ActionValues;
import dyna.api.learning.ActionValuesProvider;
import dyna.api.learning.Features;
import dyna.api.learning.FeaturesProvider;
import dyna.api.learning.PolicyProvider;
import dyna.api.learning.UpdateRuleProvider;
import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.planning.SearchControlProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.core.agent.AgentSettings;
import java.util.Set;

/**
 * Builds agents from a resolved configuration: sets the default of every {@link Slots slot}
 * from the chosen providers and binds the {@link AgentSettings}. Install it with the user's own
 * modules, which may replace any slot, and ask the injector for an {@link AgentFactory}.
 */
public final class AgentModule extends AbstractModule {

    private final AgentConfiguration configuration;

    /** A module for this configuration. */
    public AgentModule(AgentConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        EnvironmentProvider environment = provider(ComponentKind.ENVIRONMENT, EnvironmentProvider.class);
        Parameters environmentParameters = parameters(ComponentKind.ENVIRONMENT);
        Slots.environment(binder()).setDefault().toInstance(() -> environment.create(environmentParameters));

        ModelProvider model = provider(ComponentKind.MODEL, ModelProvider.class);
        Parameters modelParameters = parameters(ComponentKind.MODEL);
        Slots.model(binder()).setDefault().toInstance(new ModelFactory() {
            @Override
            public Model create(ComponentContext context) {
                return model.create(modelParameters, context);
            }

            @Override
            public Model create(ComponentContext context, Features features) {
                return model.create(modelParameters, context, features);
            }
        });

        PlannerProvider planner = provider(ComponentKind.PLANNER, PlannerProvider.class);
        Parameters plannerParameters = parameters(ComponentKind.PLANNER);
        Slots.planner(binder()).setDefault().toInstance(new PlannerFactory() {
            @Override
            public Planner create(PlanningContext context) {
                return planner.create(plannerParameters, context);
            }

            @Override
            public Set<ModelCapability> requires() {
                return planner.requires();
            }
        });

        SearchControlProvider control = provider(ComponentKind.SEARCH_CONTROL, SearchControlProvider.class);
        Parameters controlParameters = parameters(ComponentKind.SEARCH_CONTROL);
        Slots.searchControl(binder()).setDefault().toInstance(new SearchControlFactory() {
            @Override
            public SearchControl create(ComponentContext context, PlanningContext planning) {
                return control.create(controlParameters, context, planning);
            }

            @Override
            public Set<ModelCapability> requires() {
                return control.requires();
            }
        });

        BonusProvider bonus = provider(ComponentKind.BONUS, BonusProvider.class);
        Parameters bonusParameters = parameters(ComponentKind.BONUS);
        Slots.bonus(binder()).setDefault().toInstance(context -> bonus.create(bonusParameters, context));

        UpdateRuleProvider rule = provider(ComponentKind.UPDATE_RULE, UpdateRuleProvider.class);
        Parameters ruleParameters = parameters(ComponentKind.UPDATE_RULE);
        Slots.updateRule(binder()).setDefault().toInstance((context, policy) -> rule.create(ruleParameters, context, policy));

        ActionValuesProvider values = provider(ComponentKind.VALUES, ActionValuesProvider.class);
        Parameters valuesParameters = parameters(ComponentKind.VALUES);
        Slots.values(binder()).setDefault().toInstance(new ValuesFactory() {
            @Override
            public ActionValues create(ComponentContext context, Features features) {
                return values.create(valuesParameters, context, features);
            }

            @Override
            public boolean usesFeatures() {
                return values.usesFeatures();
            }
        });

        FeaturesProvider features = provider(ComponentKind.FEATURES, FeaturesProvider.class);
        Parameters featuresParameters = parameters(ComponentKind.FEATURES);
        Slots.features(binder()).setDefault().toInstance(context -> features.create(featuresParameters, context));

        PolicyProvider policy = provider(ComponentKind.POLICY, PolicyProvider.class);
        Parameters policyParameters = parameters(ComponentKind.POLICY);
        Slots.policy(binder()).setDefault().toInstance(context -> policy.create(policyParameters, context));

        LearnerProvider learner = provider(ComponentKind.LEARNER, LearnerProvider.class);
        Parameters learnerParameters = parameters(ComponentKind.LEARNER);
        Slots.learner(binder()).setDefault().toInstance(context -> {
            Learner made = learner.create(learnerParameters, context);
            if (made == null && !(learner instanceof NoLearnerProvider)) {
                throw new IllegalStateException("learner " + learner.id() + " created nothing (null)");
            }
            return made;
        });

        ControllerProvider controller = provider(ComponentKind.CONTROLLER, ControllerProvider.class);
        Parameters controllerParameters = parameters(ComponentKind.CONTROLLER);
        Slots.controller(binder()).setDefault().toInstance(new ControllerFactory() {
            @Override
            public Controller create(ComponentContext context, ControlContext control) {
                Controller made = controller.create(controllerParameters, context, control);
                if (made == null && !(controller instanceof NoControllerProvider)) {
                    throw new IllegalStateException("controller " + controller.id() + " created nothing (null)");
                }
                return made;
            }

            @Override
            public Set<ModelCapability> requires() {
                return controller.requires();
            }

            @Override
            public boolean none() {
                return controller instanceof NoControllerProvider;
            }
        });

        Slots.episodeListeners(binder());
        bind(AgentSettings.class).toInstance(configuration.settings());
        bind(AgentConfiguration.class).toInstance(configuration);
    }

    private <P> P provider(ComponentKind kind, Class<P> type) {
        return type.cast(configuration.component(kind).provider());
    }

    private Parameters parameters(ComponentKind kind) {
        return configuration.component(kind).parameters();
    }
}
