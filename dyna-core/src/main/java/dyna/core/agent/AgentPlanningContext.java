package dyna.core.agent;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.env.Transition;
import dyna.api.learning.Policy;
import dyna.api.learning.QTable;
import dyna.api.learning.UpdateRule;
import dyna.api.model.DistributionModel;
import dyna.api.model.Model;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import java.util.random.RandomGenerator;

/**
 * The agent's side of planning: simulated transitions go through the agent's own update rule,
 * with the planning-reward bonus added, and are counted.
 */
final class AgentPlanningContext implements PlanningContext {

    private final Model model;
    private final DistributionModel distribution;
    private final QTable values;
    private final UpdateRule updateRule;
    private final ExplorationBonus bonus;
    private final boolean rewardBonus;
    private final VisitClock clock;
    private final Policy policy;
    private final RandomGenerator random;
    private final Transition outcome = new Transition();
    private final double[] row;
    private SearchControl searchControl;
    private long planningUpdates;
    private long modelQueries;

    AgentPlanningContext(Model model, QTable values, UpdateRule updateRule, ExplorationBonus bonus,
            VisitClock clock, Policy policy, RandomGenerator random) {
        this.model = model;
        this.distribution = model instanceof DistributionModel d ? d : null;
        this.values = values;
        this.updateRule = updateRule;
        this.bonus = bonus;
        this.rewardBonus = bonus.placement() == BonusPlacement.PLANNING_REWARD;
        this.clock = clock;
        this.policy = policy;
        this.random = random;
        this.row = new double[values.actions()];
    }

    /** Sets the search control, created with this context; once. */
    void searchControl(SearchControl control) {
        if (searchControl != null) {
            throw new IllegalStateException("the search control is set already");
        }
        searchControl = control;
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public QTable values() {
        return values;
    }

    @Override
    public SearchControl searchControl() {
        if (searchControl == null) {
            throw new IllegalStateException("the search control is created after the planning context, and "
                    + "cannot ask for itself");
        }
        return searchControl;
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
        values.copyRow(at.state(), row);
        return policy.select(row);
    }

    @Override
    public Transition simulate(Transition query) {
        modelQueries++;
        model.sample(query);
        return query;
    }

    @Override
    public double update(Transition simulated) {
        planningUpdates++;
        return updateRule.update(values, simulated.state(), simulated.action(), reward(simulated, simulated.reward()),
                simulated.nextState(), simulated.terminated());
    }

    @Override
    public double error(Transition simulated) {
        return updateRule.error(values, simulated.state(), simulated.action(), reward(simulated, simulated.reward()),
                simulated.nextState(), simulated.terminated());
    }

    @Override
    public double expectedUpdate(Transition query) {
        double target = expectedTarget(query);
        planningUpdates++;
        modelQueries++;
        return updateRule.updateToward(values, query.state(), query.action(), target);
    }

    @Override
    public double expectedError(Transition query) {
        return expectedTarget(query) - values.get(query.state(), query.action());
    }

    private double expectedTarget(Transition query) {
        if (distribution == null) {
            throw new IllegalStateException("expected updates need a model that offers distributions");
        }
        outcome.startOf(query);
        double target = 0;
        int outcomes = distribution.outcomeCount(outcome);
        for (int i = 0; i < outcomes; i++) {
            double p = distribution.outcome(outcome, i);
            target += p * updateRule.target(values, reward(outcome, outcome.reward()), outcome.nextState(),
                    outcome.terminated());
        }
        return target;
    }

    private double reward(Transition pair, double reward) {
        if (rewardBonus) {
            reward += bonus.bonus(pair.state(), pair.action(), clock.stepsSinceTried(pair.state(), pair.action()));
        }
        return reward;
    }

    long planningUpdates() {
        return planningUpdates;
    }

    long modelQueries() {
        return modelQueries;
    }
}
