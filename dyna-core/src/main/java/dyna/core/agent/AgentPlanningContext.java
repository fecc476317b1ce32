package dyna.core.agent;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.env.Step;
import dyna.api.learning.QTable;
import dyna.api.learning.UpdateRule;
import dyna.api.model.DistributionModel;
import dyna.api.model.Model;
import dyna.api.planning.PlanningContext;
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
    private final RandomGenerator random;
    private final Step simulated = new Step();
    private long planningUpdates;
    private long modelQueries;

    AgentPlanningContext(Model model, QTable values, UpdateRule updateRule, ExplorationBonus bonus,
            VisitClock clock, RandomGenerator random) {
        this.model = model;
        this.distribution = model instanceof DistributionModel d ? d : null;
        this.values = values;
        this.updateRule = updateRule;
        this.bonus = bonus;
        this.rewardBonus = bonus.placement() == BonusPlacement.PLANNING_REWARD;
        this.clock = clock;
        this.random = random;
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
    public RandomGenerator random() {
        return random;
    }

    @Override
    public Step simulate(int state, int action) {
        modelQueries++;
        model.sample(state, action, simulated);
        return simulated;
    }

    @Override
    public double update(int state, int action, Step outcome) {
        planningUpdates++;
        return updateRule.update(values, state, action, reward(state, action, outcome), outcome.state(),
                outcome.terminated());
    }

    @Override
    public double error(int state, int action, Step outcome) {
        return updateRule.error(values, state, action, reward(state, action, outcome), outcome.state(),
                outcome.terminated());
    }

    @Override
    public double expectedUpdate(int state, int action) {
        double target = expectedTarget(state, action);
        planningUpdates++;
        modelQueries++;
        return updateRule.updateToward(values, state, action, target);
    }

    @Override
    public double expectedError(int state, int action) {
        return expectedTarget(state, action) - values.get(state, action);
    }

    private double expectedTarget(int state, int action) {
        if (distribution == null) {
            throw new IllegalStateException("expected updates need a model that offers distributions");
        }
        double target = 0;
        int outcomes = distribution.outcomeCount(state, action);
        for (int i = 0; i < outcomes; i++) {
            double p = distribution.outcome(state, action, i, simulated);
            target += p * updateRule.target(values, reward(state, action, simulated), simulated.state(),
                    simulated.terminated());
        }
        return target;
    }

    private double reward(int state, int action, Step outcome) {
        double reward = outcome.reward();
        if (rewardBonus) {
            reward += bonus.bonus(state, action, clock.stepsSinceTried(state, action));
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
