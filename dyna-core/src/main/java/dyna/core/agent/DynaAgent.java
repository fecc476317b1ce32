package dyna.core.agent;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.control.Controller;
import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.Features;
import dyna.api.learning.Learner;
import dyna.api.learning.Policy;
import dyna.api.learning.QTable;
import dyna.api.learning.UpdateRule;
import dyna.api.metric.AgentView;
import dyna.api.model.Model;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.run.EpisodeListener;
import dyna.api.run.EpisodeResult;
import dyna.api.provider.ComponentKind;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.core.features.OneHot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A Dyna agent in its environment: the Dyna-Q box of Sutton and Barto (section 8.2), with each
 * line in one place, over any action values (tabular, or linear over features of discrete or
 * box observations). Per real step:
 * <ol>
 *   <li>(b, c) choose A by the policy from Q(S, ·) (plus any action-selection bonus); act;</li>
 *   <li>for a rule whose target needs it (Sarsa), choose A' in S' now, as the book's Sarsa box
 *       does, and take it in the next step;</li>
 *   <li>(d) direct RL: the update rule on the real transition;</li>
 *   <li>(e) model learning: the model observes the real transition;</li>
 *   <li>the search control is told of the real transition (where planning may start);</li>
 *   <li>(f) planning: the planner makes n updates with simulated transitions through the same
 *       update rule, each from where the search control says.</li>
 * </ol>
 * With n = 0 this is exactly the update rule's plain algorithm (Q-learning, Sarsa). A run is a
 * pure function of the components' seeds; nothing is allocated per step.
 */
public final class DynaAgent implements AgentView {

    private final Environment environment;
    private final long environmentSeed;
    private final Model model;
    private final UpdateRule updateRule;
    private final boolean nextActionFirst;
    private final Policy policy;
    private final ExplorationBonus bonus;
    private final boolean actionBonus;
    private final AgentSettings settings;
    private final ActionValues values;
    private final Features features;
    private final int featureCount;
    private final int states;
    private final Box box;
    private final VisitClock clock;
    private final CountedPlanning planning;
    private final Learner learner;
    private final boolean planningOnly;
    private final Box actionBox;
    private final int actionCount;
    private final AgentControlContext control;
    private final Controller controller;
    private final SearchControl searchControl;
    private final Planner planner;
    private final Step step;
    private final Transition transition;
    private final double[] actionValues;
    private boolean started;
    private boolean inEpisode;
    private int nextAction;
    private int episodeSteps;
    private double episodeReward;
    private boolean lastEpisodeTruncated;
    private long episodes;
    // The last episode for other threads (a progress display), by sequence: odd while being written.
    private volatile int lastEpisodeVersion;
    private int lastEpisodeSteps;
    private double lastEpisodeReturn;
    private boolean lastEpisodeCut;
    private final List<EpisodeListener> listeners;
    private final long runSeed;
    private Consumer<Transition> realTransitions = t -> { };

    /**
     * Wires a tabular agent: a {@link QTable} over discrete observations.
     *
     * @param environment     a tabular environment (discrete observations)
     * @param environmentSeed the seed of the first {@code reset}; later episodes continue its stream
     * @param planning        creates the search control and the planner, given the agent's planning context
     * @throws IllegalArgumentException when the environment's observations are not discrete
     */
    public DynaAgent(Environment environment, long environmentSeed, Model model, UpdateRule updateRule,
            Policy policy, ExplorationBonus bonus, PlanningSetup planning, AgentSettings settings) {
        this(environment, environmentSeed, table(environment), null, model, updateRule, policy, bonus, planning,
                settings, List.of(), 0);
    }

    private static QTable table(Environment environment) {
        if (!(environment.observationSpace() instanceof Discrete states)) {
            throw new IllegalArgumentException("tabular values need discrete observations, but the environment's are "
                    + environment.observationSpace().describe());
        }
        return new QTable(states.n(), actionCount(environment));
    }

    /**
     * Wires an agent whose finished episodes are told to {@code listeners}.
     *
     * @param values   the action values, fresh
     * @param features the feature constructor the values read, or null for values that index
     *                 discrete states themselves (a {@link QTable}), which get one-hot vectors
     * @param runSeed  the seed the listeners are given to identify the run
     * @throws IllegalArgumentException when the values, features, bonus and observations do not fit
     */
    public DynaAgent(Environment environment, long environmentSeed, ActionValues values, Features features,
            Model model, UpdateRule updateRule, Policy policy, ExplorationBonus bonus, PlanningSetup planning,
            AgentSettings settings, List<EpisodeListener> listeners, long runSeed) {
        boolean discrete = environment.observationSpace() instanceof Discrete;
        if (features == null && !discrete) {
            throw new IllegalArgumentException("values that index discrete states need discrete observations, but the "
                    + "environment's are " + environment.observationSpace().describe());
        }
        if (!discrete && bonus.placement() != BonusPlacement.NONE) {
            throw new IllegalArgumentException("exploration bonuses count the visits of discrete states, but the "
                    + "environment's observations are " + environment.observationSpace().describe());
        }
        int actions = actionCount(environment);
        int dimensions = environment.observationSpace() instanceof Box box ? box.dimensions() : 0;
        this.states = discrete ? ((Discrete) environment.observationSpace()).n() : 0;
        this.environment = environment;
        this.environmentSeed = environmentSeed;
        this.values = values;
        this.features = features != null ? features : new OneHot(states);
        this.featureCount = this.features.size();
        this.model = model;
        this.updateRule = updateRule;
        this.nextActionFirst = updateRule.needsNextAction();
        this.policy = policy;
        this.bonus = bonus;
        this.actionBonus = bonus.placement() == BonusPlacement.ACTION_SELECTION;
        this.settings = settings;
        this.clock = new VisitClock(states, actions, bonus.placement() != BonusPlacement.NONE);
        this.step = new Step(dimensions);
        this.transition = new Transition(dimensions, this.features.maxActive());
        this.box = environment.observationSpace() instanceof Box b ? b : null;
        AgentPlanningContext context = new AgentPlanningContext(model, values, this.features, updateRule, bonus, clock,
                planning.policy(), planning.random(), dimensions, new OutcomeCheck(environment.observationSpace()));
        this.planning = context;
        this.searchControl = planning.searchControl().apply(context);
        this.planning.searchControl(searchControl);
        this.planner = planning.planner().apply(context);
        this.actionValues = new double[actions];
        this.listeners = List.copyOf(listeners);
        this.runSeed = runSeed;
        this.learner = null;
        this.planningOnly = false;
        this.actionBox = null;
        this.actionCount = actions;
        this.control = AgentControlContext.ofValues(model, updateRule.discount(), values, this.features, actions);
        this.controller = planning.controller().apply(control);
        if (controller != null && nextActionFirst) {
            throw new IllegalArgumentException("a controller chooses every action itself, but the update rule takes "
                    + "its target from the policy's next action (Sarsa); use q-learning or expected-sarsa with a controller");
        }
    }

    /**
     * Wires an agent that learns with a {@link Learner} (SAC) in place of values, features,
     * update rule and policy: per real step the learner acts, takes the real transition, the model
     * learns from it, the planner's simulated transitions go to the learner, and the learner
     * learns. The actions may be discrete or a box; the observations are a box.
     *
     * <p>Without a learner ({@code learner} null) the agent only plans: its controller, which
     * {@code planning} must create, acts by planning through the model, the model learns from each
     * real transition, and nothing else learns or plans in the background (PETS).
     *
     * @param learner   the learner, fresh; null for an agent that only plans
     * @param learnerId the learner's id, for messages
     * @param planning  creates the search control, the planner (its policy is not used: the
     *                  learner chooses the actions of rollouts) and the controller, if any
     * @throws IllegalArgumentException when the observations are not a box, or an agent without
     *                                  a learner has no controller
     */
    public DynaAgent(Environment environment, long environmentSeed, Learner learner, String learnerId, Model model,
            PlanningSetup planning, AgentSettings settings, List<EpisodeListener> listeners, long runSeed) {
        if (!(environment.observationSpace() instanceof Box observations)) {
            throw new IllegalArgumentException("learner " + learnerId + " works with box observations, but the "
                    + "environment's are " + environment.observationSpace().describe());
        }
        this.environment = environment;
        this.environmentSeed = environmentSeed;
        this.planningOnly = learner == null;
        this.learner = planningOnly ? new NoLearning() : learner;
        this.actionBox = environment.actionSpace() instanceof Box b ? b : null;
        this.actionCount = environment.actionSpace() instanceof Discrete d ? d.n() : 0;
        this.values = null;
        this.features = null;
        this.featureCount = 0;
        this.states = 0;
        this.box = observations;
        this.model = model;
        this.updateRule = null;
        this.nextActionFirst = false;
        this.policy = null;
        this.bonus = null;
        this.actionBonus = false;
        this.settings = settings;
        this.clock = new VisitClock(0, 0, false);
        this.step = new Step(observations.dimensions());
        this.transition = new Transition(observations, environment.actionSpace(), 1);
        LearnerPlanningContext context = new LearnerPlanningContext(model, this.learner, learnerId, planning.random(),
                observations, environment.actionSpace(), new OutcomeCheck(observations));
        this.planning = context;
        this.searchControl = planning.searchControl().apply(context);
        this.planning.searchControl(searchControl);
        this.planner = planning.planner().apply(context);
        this.actionValues = new double[0];
        this.listeners = List.copyOf(listeners);
        this.runSeed = runSeed;
        this.control = planningOnly ? AgentControlContext.planningOnly(model)
                : AgentControlContext.ofLearner(model, learner, learnerId);
        this.controller = planning.controller().apply(control);
        if (planningOnly && controller == null) {
            throw new IllegalArgumentException("an agent without a learner or action values acts only through a "
                    + "controller, and none was given");
        }
    }

    /**
     * The number of actions of an environment whose actions are discrete, as the Dyna agent's
     * action values need.
     *
     * @throws IllegalArgumentException when the actions are a box
     */
    public static int actionCount(Environment environment) {
        if (environment.actionSpace() instanceof Discrete actions) {
            return actions.n();
        }
        throw new IllegalArgumentException("the Dyna agent keeps a value per action, which needs discrete actions, "
                + "but the environment's are " + environment.actionSpace().describe());
    }

    /** Runs one episode to its end (terminal state or time limit) and returns what it gave. */
    public EpisodeResult runEpisode() {
        do {
            realStep();
        } while (inEpisode);
        return new EpisodeResult(episodeSteps, episodeReward, lastEpisodeTruncated);
    }

    /**
     * Runs a fixed number of real steps, across episodes: an episode that ends is followed by a
     * new one, and one still under way at the end is continued by the next call.
     *
     * @return the reward of each step
     */
    public double[] runSteps(int steps) {
        double[] rewards = new double[steps];
        for (int i = 0; i < steps; i++) {
            rewards[i] = realStep();
        }
        return rewards;
    }

    /** One real step of the Dyna-Q box, starting an episode first if none is under way. */
    private double realStep() {
        if (learner != null) {
            return learnerStep();
        }
        if (!inEpisode) {
            startEpisode();
        }
        int state = transition.state();
        int action = nextActionFirst ? nextAction : selectAction(transition);
        environment.step(action, step);
        clock.tick();
        double reward = step.reward();
        checkStep(reward);
        boolean terminated = step.terminated();
        transition.start(state, action).outcome(step);
        features.encode(step.state(), step.observation(), transition.nextFeatures());
        checkFeatures(transition.nextFeatures());
        if (nextActionFirst) {
            nextAction = terminated ? -1 : selectNextAction(transition);
            transition.nextAction(nextAction);
        }
        double error = updateRule.update(values, transition);
        model.observe(transition);
        realTransitions.accept(transition);
        if (states > 0) {
            clock.tried(state, action);
        }
        searchControl.observe(transition, error);
        planner.plan(settings.planningSteps());
        return endStep(reward, terminated);
    }

    /**
     * One real step with a learner: it acts, learns of the real transition, the model learns,
     * the planner's simulated transitions go to the learner, and the learner learns.
     */
    private double learnerStep() {
        if (!inEpisode) {
            startEpisode();
        }
        if (controller != null) {
            controller.act(transition);
        } else {
            learner.act(transition);
        }
        if (actionBox != null) {
            checkAction(transition.actionVector());
            environment.step(transition.actionVector(), step);
        } else {
            checkAction(transition.action());
            environment.step(transition.action(), step);
        }
        clock.tick();
        double reward = step.reward();
        checkStep(reward);
        transition.outcome(step);
        learner.observe(transition);
        model.observe(transition);
        realTransitions.accept(transition);
        searchControl.observe(transition, 0);
        if (!planningOnly) {
            planner.plan(settings.planningSteps());
        }
        learner.learn();
        return endStep(reward, step.terminated());
    }

    /**
     * A learner's or controller's box action must be finite and inside the box: the environment is
     * not to blame for one that is not.
     */
    private void checkAction(double[] action) {
        if (!actionBox.contains(action)) {
            throw new ComponentFailure(actor(), "step " + clock.now() + " chose action "
                    + java.util.Arrays.toString(action) + " (valid: within " + actionBox.describe() + ")");
        }
    }

    /** A discrete action chosen by a learner or controller must be one of the environment's. */
    private void checkAction(int action) {
        if (action < 0 || action >= actionCount) {
            throw new ComponentFailure(actor(), "step " + clock.now() + " chose action " + action + " (valid: 0 to "
                    + (actionCount - 1) + ")");
        }
    }

    /** The kind of component that chooses the real actions. */
    private ComponentKind actor() {
        return controller != null ? ComponentKind.CONTROLLER : ComponentKind.LEARNER;
    }

    /** Counts the step into the episode and ends the episode where it ended; moves S' to S. */
    private double endStep(double reward, boolean terminated) {
        episodeSteps++;
        episodeReward += reward;
        if (terminated || step.truncated() || episodeSteps >= settings.maxEpisodeSteps()) {
            inEpisode = false;
            lastEpisodeTruncated = !terminated;
            episodes++;
            lastEpisodeVersion++;   // odd: a reader retries
            java.lang.invoke.VarHandle.storeStoreFence();   // the fields are written after the odd version
            lastEpisodeSteps = episodeSteps;
            lastEpisodeReturn = episodeReward;
            lastEpisodeCut = lastEpisodeTruncated;
            lastEpisodeVersion++;
            if (!listeners.isEmpty()) {
                EpisodeResult result = new EpisodeResult(episodeSteps, episodeReward, lastEpisodeTruncated);
                for (EpisodeListener listener : listeners) {
                    listener.episodeEnded(runSeed, episodes, result);
                }
            }
        }
        transition.advance();
        return reward;
    }

    private void checkStep(double reward) {
        if (states > 0) {
            int next = step.state();
            if (next < 0 || next >= states || !Double.isFinite(reward)) {
                throw new ComponentFailure(ComponentKind.ENVIRONMENT, "step " + clock.now() + " gave state " + next
                        + " (valid: 0 to " + (states - 1) + ") and reward " + reward);
            }
        } else if (!Double.isFinite(reward) || !box.contains(step.observation())) {
            throw new ComponentFailure(ComponentKind.ENVIRONMENT, "step " + clock.now() + " gave observation "
                    + java.util.Arrays.toString(step.observation()) + " (valid: within " + box.describe()
                    + ") and reward " + reward);
        }
    }

    /**
     * Checks that the features encoded for a real observation are indices the values have
     * ({@code 0} to {@code size() - 1}): a feature constructor that writes another is named as
     * at fault, not the values that would index out of their arrays with it.
     */
    private void checkFeatures(dyna.api.learning.FeatureVector encoded) {
        int last = featureCount - 1;
        int outside = 0;
        int n = encoded.count();
        for (int i = 0; i < n; i++) {
            int index = encoded.index(i);
            outside |= index | (last - index);   // negative for an index below 0 or above last
        }
        if (outside >= 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (Integer.compareUnsigned(encoded.index(i), featureCount) >= 0) {
                throw new ComponentFailure(ComponentKind.FEATURES, "step " + clock.now() + ": the features of "
                        + (states > 0 ? "state " + step.state() : "observation "
                        + java.util.Arrays.toString(step.observation())) + " include index " + encoded.index(i)
                        + " (valid: 0 to " + last + ")");
            }
        }
    }

    private void startEpisode() {
        if (started) {
            environment.reset(step);
        } else {
            environment.reset(environmentSeed, step);
            started = true;
        }
        int state = step.state();
        if (states > 0 && (state < 0 || state >= states)) {
            throw new ComponentFailure(ComponentKind.ENVIRONMENT, "reset gave state " + state + " (valid: 0 to "
                    + (states - 1) + ")");
        }
        if (states == 0 && !box.contains(step.observation())) {
            throw new ComponentFailure(ComponentKind.ENVIRONMENT, "reset gave observation "
                    + java.util.Arrays.toString(step.observation()) + " (valid: within " + box.describe() + ")");
        }
        // The reset's observation is written as an outcome and moved to the start, as every step's is.
        transition.outcome(step);
        if (learner == null) {
            features.encode(state, step.observation(), transition.nextFeatures());
            checkFeatures(transition.nextFeatures());
        }
        transition.advance();
        transition.start(state, 0).nextAction(-1);
        if (controller != null) {
            controller.episodeStarted();
        }
        episodeSteps = 0;
        episodeReward = 0;
        inEpisode = true;
        searchControl.episodeStarted(transition);
        if (nextActionFirst) {
            nextAction = selectAction(transition);
        }
    }

    /**
     * Pure planning, without acting (Sutton and Barto, section 8.6): starts an episode if none is
     * under way, so that the search control knows where the agent stands, then spends
     * {@code budget} planning updates.
     */
    public void plan(int budget) {
        if (!inEpisode) {
            startEpisode();
        }
        planner.plan(budget);
    }

    /**
     * The controller's action at the start of {@code at}, or the behaviour policy's, with any
     * action-selection bonus.
     */
    private int selectAction(Transition at) {
        if (controller != null) {
            controller.act(at);
            checkAction(at.action());
            return at.action();
        }
        values.values(at.features(), actionValues);
        addActionBonus(at.state());
        return policy.select(actionValues);
    }

    /** The behaviour policy's action in S' of {@code at}, with any action-selection bonus. */
    private int selectNextAction(Transition at) {
        values.values(at.nextFeatures(), actionValues);
        addActionBonus(at.nextState());
        return policy.select(actionValues);
    }

    private void addActionBonus(int state) {
        if (actionBonus) {
            for (int a = 0; a < actionValues.length; a++) {
                actionValues[a] += bonus.bonus(state, a, clock.stepsSinceTried(state, a));
            }
        }
    }

    /**
     * Shows every real transition, after the model has learned from it and before planning, to
     * {@code observer} (replacing any earlier one): for diagnostics that need the states the
     * agent visits. The transition is the agent's own and changes at the next step: copy what
     * is kept.
     */
    public void observeRealTransitions(Consumer<Transition> observer) {
        this.realTransitions = Objects.requireNonNull(observer, "observer");
    }

    /** The number of state-action pairs of a discrete environment (0 for continuous observations). */
    public long pairs() {
        return (long) states * actionValues.length;
    }

    /**
     * The number of real tries of each (s, a), indexed {@code s * actions + a} (live, not a copy),
     * counted from the first call on: call it before the first step to count them all. For
     * diagnostics that weight pairs by visits; discrete observations only.
     */
    @Override
    public long[] visits() {
        return clock.countVisits();
    }

    /** The agent's environment. */
    @Override
    public Environment environment() {
        return environment;
    }

    /**
     * The agent's action values (live, not a copy).
     *
     * @throws IllegalStateException when the agent learns with a learner, which has none
     */
    @Override
    public ActionValues values() {
        if (learner != null) {
            throw new IllegalStateException(planningOnly ? "the agent only plans and has no action values"
                    : "the agent learns with a learner from batches and has no action values");
        }
        return values;
    }

    /** The agent's learner from batches, or null when it learns through action values or only plans. */
    public Learner learner() {
        return planningOnly ? null : learner;
    }

    /** The agent's controller, or null when it acts by its policy or learner. */
    public Controller controller() {
        return controller;
    }

    /**
     * The agent's tabular action values (live, not a copy), for the exact analyses that need a
     * table.
     *
     * @throws IllegalStateException when the values are not tabular
     */
    public QTable table() {
        if (values instanceof QTable table) {
            return table;
        }
        throw new IllegalStateException("this needs tabular action values, but the agent's are "
                + values.getClass().getName());
    }

    /** The agent's feature constructor (one-hot of the state for tabular values). */
    @Override
    public Features features() {
        return features;
    }

    /** The agent's model. */
    @Override
    public Model model() {
        return model;
    }

    /** The agent's planner. */
    public Planner planner() {
        return planner;
    }

    /** The agent's search control. */
    public SearchControl searchControl() {
        return searchControl;
    }

    /** The planning context the planner works through (for benchmarks and tests). */
    public PlanningContext planningContext() {
        return planning;
    }

    /**
     * What the agent has learned, by part, for saving and loading: {@code values}, {@code
     * features} when they learn (tile coding's index table: they are {@link dyna.api.save.Savable}),
     * {@code model}, {@code search-control} (named by their {@link ComponentKind#label() kind})
     * and, when its bonus reads it, {@code visit-clock} (the time each pair was last tried). The
     * objects are the agent's own; those that implement {@link dyna.api.save.Savable} can be saved.
     */
    public Map<String, Object> learnedParts() {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (learner != null) {
            if (!planningOnly) {
                parts.put(ComponentKind.LEARNER.label(), learner);
            }
            parts.put(ComponentKind.MODEL.label(), model);
            parts.put(ComponentKind.SEARCH_CONTROL.label(), searchControl);
            return parts;
        }
        parts.put(ComponentKind.VALUES.label(), values);
        if (features instanceof dyna.api.save.Savable) {
            parts.put(ComponentKind.FEATURES.label(), features);
        }
        parts.put(ComponentKind.MODEL.label(), model);
        parts.put(ComponentKind.SEARCH_CONTROL.label(), searchControl);
        if (clock.keepsTimes()) {
            parts.put("visit-clock", clock);
        }
        return parts;
    }

    @Override
    public double discount() {
        return learner != null ? learner.discount() : updateRule.discount();
    }

    @Override
    public int planningSteps() {
        return settings.planningSteps();
    }

    @Override
    public long realSteps() {
        return clock.now();
    }

    @Override
    public long planningUpdates() {
        return planning.planningUpdates();
    }

    @Override
    public long modelQueries() {
        return planning.modelQueries() + control.predictions();
    }

    /**
     * The episode that ended last, or null before the first ends: for a progress display, which
     * may read it from another thread while the agent runs (seen whole: a reading that meets an
     * episode ending is taken again). Costs the agent no allocation.
     */
    public EpisodeResult lastEpisode() {
        while (true) {
            int version = lastEpisodeVersion;
            if (version == 0) {
                return null;
            }
            int steps = lastEpisodeSteps;
            double reward = lastEpisodeReturn;
            boolean cut = lastEpisodeCut;
            java.lang.invoke.VarHandle.loadLoadFence();   // the fields are read before the version again
            if ((version & 1) == 0 && version == lastEpisodeVersion) {
                return new EpisodeResult(steps, reward, cut);
            }
            Thread.onSpinWait();
        }
    }

    /** The work done so far, kept apart by kind. */
    public AgentCounters counters() {
        return new AgentCounters(episodes, clock.now(), planning.planningUpdates(), modelQueries());
    }
}
