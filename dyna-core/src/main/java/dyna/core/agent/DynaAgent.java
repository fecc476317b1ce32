package dyna.core.agent;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.learning.Policy;
import dyna.api.learning.QTable;
import dyna.api.learning.UpdateRule;
import dyna.api.model.Model;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.provider.ComponentKind;
import dyna.api.space.Discrete;
import java.util.List;

/**
 * A tabular Dyna agent in its environment: the Dyna-Q box of Sutton and Barto (section 8.2),
 * with each line in one place. Per real step:
 * <ol>
 *   <li>(b, c) choose A by the policy from Q(S, ·) (plus any action-selection bonus); act;</li>
 *   <li>(d) direct RL: the update rule on the real transition;</li>
 *   <li>(e) model learning: the model observes the real transition;</li>
 *   <li>the search control is told of the real transition (where planning may start);</li>
 *   <li>(f) planning: the planner makes n updates with simulated transitions through the same
 *       update rule, each from where the search control says.</li>
 * </ol>
 * With n = 0 this is exactly the update rule's plain algorithm (Q-learning). A run is a pure
 * function of the components' seeds; nothing is allocated per step.
 */
public final class DynaAgent {

    private final Environment environment;
    private final long environmentSeed;
    private final Model model;
    private final UpdateRule updateRule;
    private final Policy policy;
    private final ExplorationBonus bonus;
    private final boolean actionBonus;
    private final AgentSettings settings;
    private final QTable values;
    private final VisitClock clock;
    private final AgentPlanningContext planning;
    private final SearchControl searchControl;
    private final Planner planner;
    private final Step step = new Step();
    private final Transition transition = new Transition();
    private final double[] actionValues;
    private boolean started;
    private boolean inEpisode;
    private int state;
    private int episodeSteps;
    private double episodeReward;
    private boolean lastEpisodeTruncated;
    private long episodes;
    private final List<EpisodeListener> listeners;
    private final long runSeed;

    /**
     * Wires an agent.
     *
     * @param environment     a tabular environment (discrete observations)
     * @param environmentSeed the seed of the first {@code reset}; later episodes continue its stream
     * @param planning        creates the search control and the planner, given the agent's planning context
     * @throws IllegalArgumentException when the environment's observations are not discrete
     */
    public DynaAgent(Environment environment, long environmentSeed, Model model, UpdateRule updateRule,
            Policy policy, ExplorationBonus bonus, PlanningSetup planning, AgentSettings settings) {
        this(environment, environmentSeed, model, updateRule, policy, bonus, planning, settings, List.of(), 0);
    }

    /**
     * Wires an agent whose finished episodes are told to {@code listeners}.
     *
     * @param runSeed the seed the listeners are given to identify the run
     */
    public DynaAgent(Environment environment, long environmentSeed, Model model, UpdateRule updateRule,
            Policy policy, ExplorationBonus bonus, PlanningSetup planning, AgentSettings settings,
            List<EpisodeListener> listeners, long runSeed) {
        if (!(environment.observationSpace() instanceof Discrete states)) {
            throw new IllegalArgumentException("the Dyna agent is tabular: it needs discrete observations, but the "
                    + "environment's are " + environment.observationSpace().describe());
        }
        int actions = environment.actionSpace().n();
        this.environment = environment;
        this.environmentSeed = environmentSeed;
        this.model = model;
        this.updateRule = updateRule;
        this.policy = policy;
        this.bonus = bonus;
        this.actionBonus = bonus.placement() == BonusPlacement.ACTION_SELECTION;
        this.settings = settings;
        this.values = new QTable(states.n(), actions);
        this.clock = new VisitClock(states.n(), actions);
        this.planning = new AgentPlanningContext(model, values, updateRule, bonus, clock, planning.policy(),
                planning.random());
        this.searchControl = planning.searchControl().apply(this.planning);
        this.planning.searchControl(searchControl);
        this.planner = planning.planner().apply(this.planning);
        this.actionValues = new double[actions];
        this.listeners = List.copyOf(listeners);
        this.runSeed = runSeed;
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
        if (!inEpisode) {
            startEpisode();
        }
        int action = selectAction(state);
        environment.step(action, step);
        clock.tick();
        int next = step.state();
        double reward = step.reward();
        if (next < 0 || next >= values.states() || !Double.isFinite(reward)) {
            throw new ComponentFailure(ComponentKind.ENVIRONMENT, "step " + (clock.now()) + " gave state " + next
                    + " (valid: 0 to " + (values.states() - 1) + ") and reward " + reward);
        }
        boolean terminated = step.terminated();
        updateRule.update(values, state, action, reward, next, terminated);
        transition.start(state, action).outcome(step);
        model.observe(transition);
        clock.tried(state, action);
        searchControl.observe(transition);
        planner.plan(settings.planningSteps());
        state = next;
        episodeSteps++;
        episodeReward += reward;
        if (terminated || step.truncated() || episodeSteps >= settings.maxEpisodeSteps()) {
            inEpisode = false;
            lastEpisodeTruncated = !terminated;
            episodes++;
            if (!listeners.isEmpty()) {
                EpisodeResult result = new EpisodeResult(episodeSteps, episodeReward, lastEpisodeTruncated);
                for (EpisodeListener listener : listeners) {
                    listener.episodeEnded(runSeed, episodes, result);
                }
            }
        }
        return reward;
    }

    private void startEpisode() {
        if (started) {
            environment.reset(step);
        } else {
            environment.reset(environmentSeed, step);
            started = true;
        }
        state = step.state();
        if (state < 0 || state >= values.states()) {
            throw new ComponentFailure(ComponentKind.ENVIRONMENT, "reset gave state " + state + " (valid: 0 to "
                    + (values.states() - 1) + ")");
        }
        episodeSteps = 0;
        episodeReward = 0;
        inEpisode = true;
        searchControl.episodeStarted(transition.start(state, 0));
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

    private int selectAction(int state) {
        values.copyRow(state, actionValues);
        if (actionBonus) {
            for (int a = 0; a < actionValues.length; a++) {
                actionValues[a] += bonus.bonus(state, a, clock.stepsSinceTried(state, a));
            }
        }
        return policy.select(actionValues);
    }

    /** The agent's environment. */
    public Environment environment() {
        return environment;
    }

    /** The agent's action values (live, not a copy). */
    public QTable values() {
        return values;
    }

    /** The agent's model. */
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

    /** The work done so far, kept apart by kind. */
    public AgentCounters counters() {
        return new AgentCounters(episodes, clock.now(), planning.planningUpdates(), planning.modelQueries());
    }
}
