package dyna.testkit;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.QTable;
import dyna.api.model.DistributionModel;
import dyna.api.model.ExpectationModel;
import dyna.api.model.Model;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A planning context to unit-test a planner or a search control with, instead of a stub of the
 * interface's sixteen methods: tabular action values (a {@link QTable} over discrete states) moved
 * by one-step Q-learning with step size α, the model and search control given, and a record of
 * what the planner did: planning updates and model queries counted as the agent counts them, each
 * start simulated, and each simulation of a pair the model did not know.
 *
 * <pre>{@code
 * PlanningContextDouble context = new PlanningContextDouble(model, 10, 2, 0.5, 0.95, 1);
 * context.searchControl(c -> new MySearchControl(c));
 * Planner planner = new MyPlannerProvider().create(parameters, context);
 * planner.plan(5);
 * assertTrue(context.planningUpdates() <= 5);
 * }</pre>
 */
public final class PlanningContextDouble implements PlanningContext {

    /**
     * A start the planner asked the model about.
     *
     * @param state  its state
     * @param action its action
     * @param known  whether the model knew the pair when it was asked
     */
    public record Simulated(int state, int action, boolean known) {
    }

    private final Model model;
    private final QTable values;
    private final double alpha;
    private final double gamma;
    private final RandomGenerator random;
    private final List<Simulated> simulated = new ArrayList<>();
    private final double[] row;
    private final Transition scratch;
    private SearchControl control;
    private long planningUpdates;
    private long modelQueries;

    /**
     * @param model   the model the planner plans with
     * @param states  the number of discrete states
     * @param actions the number of actions
     * @param alpha   the step size of the Q-learning updates
     * @param gamma   the discount
     * @param seed    the seed of the planner's random stream
     */
    public PlanningContextDouble(Model model, int states, int actions, double alpha, double gamma, long seed) {
        this.model = Objects.requireNonNull(model, "model");
        this.values = new QTable(states, actions);
        this.alpha = alpha;
        this.gamma = gamma;
        this.random = new SplittableRandom(seed);
        this.row = new double[actions];
        this.scratch = newTransition();
    }

    /** Sets the search control, created from this context (as the agent creates it); returns it. */
    public SearchControl searchControl(Function<PlanningContext, SearchControl> create) {
        this.control = create.apply(this);
        return control;
    }

    /** Planning updates made so far (through {@link #update} and the other updating methods). */
    public long planningUpdates() {
        return planningUpdates;
    }

    /** Model queries made so far. */
    public long modelQueries() {
        return modelQueries;
    }

    /** Every start simulated, in order. */
    public List<Simulated> simulated() {
        return List.copyOf(simulated);
    }

    /** The simulations of pairs the model did not know, which a planner must never ask for. */
    public List<Simulated> unknownSimulated() {
        return simulated.stream().filter(s -> !s.known()).toList();
    }

    /** The Q-table the updates move. */
    public QTable table() {
        return values;
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public ActionValues values() {
        return values;
    }

    @Override
    public Transition newTransition() {
        return new Transition(0, 1);
    }

    @Override
    public SearchControl searchControl() {
        if (control == null) {
            throw new IllegalStateException("set the search control first: searchControl(c -> ...)");
        }
        return control;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public double discount() {
        return gamma;
    }

    /** The greedy action at the start of {@code at}, ties to the first. */
    @Override
    public int selectAction(Transition at) {
        values.copyRow(at.state(), row);
        int best = 0;
        for (int a = 1; a < row.length; a++) {
            best = row[a] > row[best] ? a : best;
        }
        return best;
    }

    @Override
    public Transition simulate(Transition query) {
        return simulate(query, null);
    }

    @Override
    public Transition simulate(Transition query, Object rolloutState) {
        modelQueries++;
        boolean known = model.knows(query);
        simulated.add(new Simulated(query.state(), query.action(), known));
        if (known) {
            if (rolloutState == null) {
                model.sample(query);
            } else {
                model.sample(query, rolloutState);
            }
        }
        encode(query);
        return query;
    }

    @Override
    public double update(Transition simulated) {
        double error = error(simulated);
        planningUpdates++;
        values.add(simulated.state(), simulated.action(), alpha * error);
        return error;
    }

    @Override
    public double error(Transition simulated) {
        return target(simulated) - values.get(simulated.state(), simulated.action());
    }

    @Override
    public double expectedUpdate(Transition query) {
        double error = expectedError(query);
        planningUpdates++;
        modelQueries++;
        values.add(query.state(), query.action(), alpha * error);
        return error;
    }

    @Override
    public double updateToward(Transition start, double target) {
        double error = target - values.get(start.state(), start.action());
        planningUpdates++;
        values.add(start.state(), start.action(), alpha * error);
        return error;
    }

    @Override
    public double expectedError(Transition query) {
        if (!(model instanceof DistributionModel distribution)) {
            throw new IllegalStateException("expected updates need a model that offers distributions");
        }
        scratch.startOf(query);
        double target = 0;
        for (int i = 0, n = distribution.outcomeCount(scratch); i < n; i++) {
            double p = distribution.outcome(scratch, i);
            target += p * target(scratch);
        }
        return target - values.get(query.state(), query.action());
    }

    @Override
    public Transition expect(Transition query) {
        if (!(model instanceof ExpectationModel expectation)) {
            throw new IllegalStateException("expected features need a model that offers expectations");
        }
        modelQueries++;
        expectation.expect(query);
        return query;
    }

    @Override
    public double updateOnFeatures(Transition expected) {
        double error = errorOnFeatures(expected);
        planningUpdates++;
        values.add(expected.features(), expected.action(), alpha * error);
        return error;
    }

    @Override
    public double errorOnFeatures(Transition expected) {
        double next = expected.terminated() ? 0 : values.max(expected.nextFeatures());
        return expected.reward() + gamma * next - values.value(expected.features(), expected.action());
    }

    private double target(Transition t) {
        return t.reward() + (t.terminated() ? 0 : gamma * values.max(t.nextState()));
    }

    private static void encode(Transition t) {
        FeatureVector x = t.features();
        x.oneHot(t.state());
        t.nextFeatures().oneHot(Math.max(0, t.nextState()));
    }
}
