package dyna.core.compose;

import com.google.inject.Guice;
import com.google.inject.Module;
import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.learning.ActionValues;
import dyna.api.learning.Features;
import dyna.api.learning.Learner;
import dyna.api.learning.Policy;
import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.core.agent.AgentSettings;
import dyna.core.agent.DynaAgent;
import dyna.api.run.EpisodeListener;
import dyna.core.agent.PlanningSetup;
import dyna.core.features.OneHot;
import dyna.core.seed.Seeds;
import jakarta.inject.Inject;
import dyna.api.provider.ExtensionProvider;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Set;

/**
 * Creates a fresh agent, with fresh components, for each run. Every component gets its own
 * random stream derived from the run's seed and the component's kind, so a run is a pure
 * function of its seed.
 */
public final class AgentFactory {

    private final EnvironmentFactory environments;
    private final ModelFactory models;
    private final PlannerFactory planners;
    private final SearchControlFactory searchControls;
    private final BonusFactory bonuses;
    private final UpdateRuleFactory updateRules;
    private final PolicyFactory policies;
    private final ValuesFactory values;
    private final FeaturesFactory features;
    private final LearnerFactory learners;
    private final ControllerFactory controllers;
    private final AgentSettings settings;
    private final List<EpisodeListener> listeners;
    private final AgentConfiguration configuration;

    /** A factory over the given slots; normally created by Guice. */
    @Inject
    public AgentFactory(EnvironmentFactory environments, ModelFactory models, PlannerFactory planners,
            SearchControlFactory searchControls, BonusFactory bonuses, UpdateRuleFactory updateRules,
            PolicyFactory policies, ValuesFactory values, FeaturesFactory features, LearnerFactory learners,
            ControllerFactory controllers, AgentSettings settings, Set<EpisodeListener> listeners, AgentConfiguration configuration) {
        this.environments = environments;
        this.models = models;
        this.planners = planners;
        this.searchControls = searchControls;
        this.bonuses = bonuses;
        this.updateRules = updateRules;
        this.policies = policies;
        this.values = values;
        this.features = features;
        this.learners = learners;
        this.controllers = controllers;
        this.settings = settings;
        this.listeners = List.copyOf(listeners);
        this.configuration = configuration;
    }

    /** The factory for a configuration, with the given modules installed after {@link AgentModule}. */
    public static AgentFactory of(AgentConfiguration configuration, Module... overrides) {
        List<Module> modules = new ArrayList<>(List.of(overrides));
        modules.add(0, new AgentModule(configuration));
        return Guice.createInjector(modules).getInstance(AgentFactory.class);
    }

    /**
     * A new agent in a new environment for one run.
     *
     * @param runSeed the run's seed; the environment and every component get a stream derived from it
     * @throws IllegalArgumentException when a component cannot work with the environment
     */
    public DynaAgent create(long runSeed) {
        return create(runSeed, Seeds.derive(runSeed, "environment"));
    }

    /**
     * A new agent for one run whose environment is seeded apart from the agent: runs of
     * different agents given the same environment seed meet the same environment randomness
     * (common random numbers), so that they can be compared run by run.
     *
     * @param runSeed         the seed of the agent's components
     * @param environmentSeed the seed of the environment's first reset
     * @throws IllegalArgumentException when a component cannot work with the environment
     */
    public DynaAgent create(long runSeed, long environmentSeed) {
        Environment environment = environments.create();
        Learner learner = learners.create(context(environment, runSeed, "learner", Map.of()));
        if (learner != null) {
            return createWithLearner(environment, environmentSeed, learner, runSeed);
        }
        boolean discrete = environment.observationSpace() instanceof Discrete;
        if (!controllers.none() && !discrete && (!(environment.actionSpace() instanceof Discrete) || !values.usesFeatures())) {
            return createWithLearner(environment, environmentSeed, null, runSeed);   // values that cannot hold it: PETS
        }
        if (!(environment.actionSpace() instanceof Discrete)) {
            throw new IllegalArgumentException("values " + configuration.component(ComponentKind.VALUES).provider().id()
                    + " keep a value per discrete action, but environment "
                    + configuration.component(ComponentKind.ENVIRONMENT).provider().id() + " has actions in "
                    + environment.actionSpace().describe() + ", which the Dyna agent's values cannot hold");
        }
        if (!discrete && !values.usesFeatures()) {
            throw new IllegalArgumentException("tabular values need discrete observations, but the environment's are "
                    + environment.observationSpace().describe());
        }
        // A seeded reset first, so that an environment that draws its structure from the seed
        // (a random task) has it when the model is given its true dynamics; the agent's own
        // first reset with the same seed gives the same state.
        environment.reset(environmentSeed, new Step(environment.observationSpace() instanceof Box box
                ? box.dimensions() : 0));
        Map<ComponentKind, Object> extensions = extensions(environment, runSeed);
        Features encoder = values.usesFeatures() ? features.create(context(environment, runSeed, "features", extensions))
                : new OneHot(((Discrete) environment.observationSpace()).n());
        ActionValues actionValues = values.create(context(environment, runSeed, "values", extensions), encoder);
        Model model = models.create(context(environment, runSeed, "model", extensions), encoder);
        checkPlanningNeeds(model);
        Policy policy = policies.create(context(environment, runSeed, "policy", extensions));
        PlanningSetup planning = planning(environment, runSeed, extensions,
                policies.create(context(environment, runSeed, "planning-policy", extensions)));
        return new DynaAgent(environment, environmentSeed, actionValues, values.usesFeatures() ? encoder : null,
                model, updateRules.create(context(environment, runSeed, "update-rule", extensions), policy), policy,
                bonuses.create(context(environment, runSeed, "bonus", extensions)), planning, settings, listeners, runSeed);
    }

    /**
     * An agent that learns with a learner from batches: its model, search control and planner as
     * for any agent (rollout actions are the learner's), no values, features, update rule,
     * policy or bonus. Without a learner (null), an agent that only plans: its controller acts,
     * its model learns.
     */
    private DynaAgent createWithLearner(Environment environment, long environmentSeed, Learner learner, long runSeed) {
        String id = configuration.component(ComponentKind.LEARNER).provider().id();
        if (!(environment.observationSpace() instanceof Box box)) {
            throw new IllegalArgumentException((learner == null ? "an agent that only plans" : "learner " + id)
                    + " works with box observations, but environment "
                    + configuration.component(ComponentKind.ENVIRONMENT).provider().id() + " has "
                    + environment.observationSpace().describe());
        }
        environment.reset(environmentSeed, new Step(box.dimensions()));
        Map<ComponentKind, Object> extensions = extensions(environment, runSeed);
        Model model = models.create(context(environment, runSeed, "model", extensions));
        checkPlanningNeeds(model);
        return new DynaAgent(environment, environmentSeed, learner, id, model,
                planning(environment, runSeed, extensions, null), settings, listeners, runSeed);
    }

    /** Checks the model offers what the run's planner, search control and controller need. */
    private void checkPlanningNeeds(Model model) {
        checkOffered(model, controllers.requires(), "controller "
                + configuration.component(ComponentKind.CONTROLLER).provider().id());
        checkOffered(model, planners.requires(), "planner " + configuration.component(ComponentKind.PLANNER).provider().id());
        checkOffered(model, searchControls.requires(), "search control "
                + configuration.component(ComponentKind.SEARCH_CONTROL).provider().id());
    }

    /**
     * The planner and its search control, with the policy planning acts by (none where a learner
     * acts in planning). The search control draws from the stream that the planner drew from
     * before search control was a component of its own, so that runs give the same results as then.
     */
    private PlanningSetup planning(Environment environment, long runSeed, Map<ComponentKind, Object> extensions,
            Policy planningPolicy) {
        return new PlanningSetup(
                context -> searchControls.create(context(environment, runSeed, "planner", extensions), context),
                planners::create, planningPolicy, Seeds.stream(runSeed, "planner-own"),
                control -> controllers.create(context(environment, runSeed, "controller", extensions), control));
    }

    /** Checks the run's model offers what a component needs; for a model bound in code, which has no id. */
    private void checkOffered(Model model, Set<ModelCapability> needed, String component) {
        for (ModelCapability capability : needed) {
            if (!capability.offeredBy(model)) {
                String id = configuration.component(ComponentKind.MODEL).provider().id();
                throw new IllegalArgumentException(component + " needs a model with " + capability.label()
                        + ", which the model " + model.getClass().getName() + " (bound in place of model " + id
                        + ") does not offer: it does not implement " + capability.type().getName());
            }
        }
    }

    private static ComponentContext context(Environment environment, long runSeed, String component,
            Map<ComponentKind, Object> extensions) {
        return new ComponentContext(environment.observationSpace(), environment.actionSpace(),
                Seeds.stream(runSeed, component), environment.transitionTable(), environment.simulator(), extensions);
    }

    /**
     * The run's components of the kinds plugins declared, each from a random stream of its own
     * (named by its kind), made before the others so that they can be given to them.
     */
    private Map<ComponentKind, Object> extensions(Environment environment, long runSeed) {
        Map<ComponentKind, Object> made = new TreeMap<>();
        configuration.components().forEach((kind, component) -> {
            if (component.provider() instanceof ExtensionProvider<?> provider) {
                made.put(kind, provider.create(component.parameters(), context(environment, runSeed,
                        "extension:" + kind.label(), Map.of())));
            }
        });
        return made;
    }

    /** The agent settings in force. */
    public AgentSettings settings() {
        return settings;
    }
}
