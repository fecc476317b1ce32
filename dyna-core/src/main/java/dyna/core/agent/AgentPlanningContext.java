package dyna.core.agent;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.Features;
import dyna.api.learning.Policy;
import dyna.api.learning.UpdateRule;
import dyna.api.model.DistributionModel;
import dyna.api.model.ExpectationModel;
import dyna.api.model.Model;
import dyna.api.provider.ComponentKind;
import java.util.random.RandomGenerator;

/**
 * The agent's side of planning: simulated transitions get their features (and, for rules that
 * need it, the policy's next action) and go through the agent's own update rule, with the
 * planning-reward bonus added, and are counted.
 */
final class AgentPlanningContext extends CountedPlanning {

    private final Model model;
    private final DistributionModel distribution;
    private final ExpectationModel expectation;
    private final ActionValues values;
    private final Features features;
    private final UpdateRule updateRule;
    private final boolean nextActionFirst;
    private final ExplorationBonus bonus;
    private final boolean rewardBonus;
    private final VisitClock clock;
    private final Policy policy;
    private final RandomGenerator random;
    private final int dimensions;
    private final Transition outcome;
    private final double[] row;
    private final OutcomeCheck check;
    private long planningUpdates;
    private long modelQueries;   // those of expected updates and expectations; samples are counted by queries
    private final ModelQueries queries;

    AgentPlanningContext(Model model, ActionValues values, Features features, UpdateRule updateRule,
            ExplorationBonus bonus, VisitClock clock, Policy policy, RandomGenerator random, int dimensions,
            OutcomeCheck check) {
        this.check = check;
        this.queries = new ModelQueries(model, check);
        this.model = model;
        this.distribution = model instanceof DistributionModel d ? d : null;
        this.expectation = model instanceof ExpectationModel e ? e : null;
        this.values = values;
        this.features = features;
        this.updateRule = updateRule;
        this.nextActionFirst = updateRule.needsNextAction();
        this.bonus = bonus;
        this.rewardBonus = bonus.placement() == BonusPlacement.PLANNING_REWARD;
        this.clock = clock;
        this.policy = policy;
        this.random = random;
        this.dimensions = dimensions;
        this.outcome = newTransition();
        this.row = new double[values.actions()];
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
        return new Transition(dimensions, expectation == null ? features.maxActive()
                : Math.max(features.maxActive(), expectation.featureCount()));
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public double discount() {
        return updateRule.discount();
    }

    @Override
    public int selectAction(Transition at) {
        features.encode(at.state(), at.observation(), at.features());
        values.values(at.features(), row);
        return policy.select(row);
    }

    @Override
    public Transition simulate(Transition query) {
        return queries.sample(query);
    }

    @Override
    public Transition simulate(Transition query, Object rolloutState) {
        return queries.sample(query, rolloutState);
    }

    /** Writes the features of S and S', and the next action where the rule needs it. */
    private void prepare(Transition t) {
        features.encode(t.state(), t.observation(), t.features());
        features.encode(t.nextState(), t.nextObservation(), t.nextFeatures());
        chooseNextAction(t);
    }

    /** Where the rule needs it, writes the policy's next action at the features of S' (-1 after termination). */
    private void chooseNextAction(Transition t) {
        if (nextActionFirst) {
            int next = -1;
            if (!t.terminated()) {
                values.values(t.nextFeatures(), row);
                next = policy.select(row);
            }
            t.nextAction(next);
        }
    }

    @Override
    public double update(Transition simulated) {
        planningUpdates++;
        prepare(simulated);
        if (!rewardBonus) {
            return updateRule.update(values, simulated);
        }
        double reward = withBonus(simulated);
        double error = updateRule.update(values, simulated);
        simulated.outcome(simulated.nextState(), reward, simulated.terminated(), simulated.truncated());
        return error;
    }

    @Override
    public double error(Transition simulated) {
        prepare(simulated);
        if (!rewardBonus) {
            return updateRule.error(values, simulated);
        }
        double reward = withBonus(simulated);
        double error = updateRule.error(values, simulated);
        simulated.outcome(simulated.nextState(), reward, simulated.terminated(), simulated.truncated());
        return error;
    }

    /** Adds the planning-reward bonus to the transition's reward, which the rule reads; returns the reward without it. */
    private double withBonus(Transition simulated) {
        double reward = simulated.reward();
        simulated.outcome(simulated.nextState(), reward + bonus(simulated), simulated.terminated(), simulated.truncated());
        return reward;
    }

    @Override
    public double expectedUpdate(Transition query) {
        double target = expectedTarget(query);
        planningUpdates++;
        modelQueries++;
        return updateRule.updateToward(values, outcome, target);
    }

    @Override
    public double updateToward(Transition start, double target) {
        planningUpdates++;
        features.encode(start.state(), start.observation(), start.features());
        return updateRule.updateToward(values, start, target);
    }

    @Override
    public double expectedError(Transition query) {
        double target = expectedTarget(query);
        return target - values.value(outcome.features(), outcome.action());
    }

    /** The average target over the model's outcomes of the pair at the start of {@code query}; leaves its start in {@link #outcome}. */
    private double expectedTarget(Transition query) {
        if (distribution == null) {
            throw new IllegalStateException("expected updates need a model that offers distributions");
        }
        outcome.startOf(query);
        double target = 0;
        int outcomes = distribution.outcomeCount(outcome);
        double bonus = bonus(outcome);
        for (int i = 0; i < outcomes; i++) {
            double p = distribution.outcome(outcome, i);
            if (!OutcomeCheck.probability(p) || !check.valid(outcome)) {
                throw OutcomeCheck.probability(p) ? check.failure(outcome, ComponentKind.MODEL, "its outcome " + i)
                        : new ComponentFailure(ComponentKind.MODEL, "its outcome " + i + " of " + check.start(outcome)
                                + " has probability " + p + " (valid: 0 to 1)");
            }
            prepare(outcome);
            outcome.outcome(outcome.nextState(), outcome.reward() + bonus, outcome.terminated(), outcome.truncated());
            target += p * updateRule.target(values, outcome);
        }
        features.encode(outcome.state(), outcome.observation(), outcome.features());
        return target;
    }

    @Override
    public Transition expect(Transition query) {
        if (expectation == null) {
            throw new IllegalStateException("expected features need a model that offers expectations");
        }
        modelQueries++;
        expectation.expect(query);
        if (!OutcomeCheck.finite(query.reward())) {
            throw new ComponentFailure(ComponentKind.MODEL, "its expectation for action " + query.action()
                    + " gave reward " + query.reward() + " (valid: a finite number)");
        }
        return query;
    }

    @Override
    public double updateOnFeatures(Transition expected) {
        planningUpdates++;
        chooseNextAction(expected);
        return updateRule.update(values, expected);
    }

    @Override
    public double errorOnFeatures(Transition expected) {
        chooseNextAction(expected);
        return updateRule.error(values, expected);
    }

    private double bonus(Transition pair) {
        return rewardBonus ? bonus.bonus(pair.state(), pair.action(), clock.stepsSinceTried(pair.state(), pair.action()))
                : 0;
    }

    @Override
    long planningUpdates() {
        return planningUpdates;
    }

    @Override
    long modelQueries() {
        return modelQueries + queries.count();
    }
}
