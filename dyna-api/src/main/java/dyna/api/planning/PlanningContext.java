package dyna.api.planning;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.model.Model;
import java.util.random.RandomGenerator;

/**
 * What a planner and a search control work with. {@link #simulate} and {@link #update} are the
 * two lines of every planning loop: they query the model and apply the agent's own update rule
 * (adding any planning-reward bonus), and they keep the agent's counters, so planners need not.
 * Transitions are the caller's buffers.
 */
public interface PlanningContext {

    /** The agent's model. */
    Model model();

    /** The agent's action values. */
    ActionValues values();

    /**
     * A new transition buffer shaped for this agent (its observations' dimensions and its
     * features' capacity); create the ones you need once, not per update.
     */
    Transition newTransition();

    /** The agent's search control: where each planning update starts. */
    SearchControl searchControl();

    /** The planner's own random stream. */
    RandomGenerator random();

    /** The discount γ of the agent's update rule. */
    double discount();

    /**
     * An action for the start of {@code at} by the agent's behaviour policy over the current
     * values (without any action-selection bonus), drawn from a stream of planning's own, so
     * that planning never changes the draws of real actions. Planners that roll out
     * trajectories under the agent's policy use this rather than a policy of their own.
     */
    int selectAction(Transition at);

    /**
     * Writes the agent's action for a simulated step into the start of {@code at}, whatever the
     * action space: the {@code int} action of {@link #selectAction} where actions are discrete,
     * the actor's action vector ({@link Transition#actionVector()}) where they are a box and a
     * {@link dyna.api.learning.Learner} acts. Rollout planners use this, so that they plan for
     * either kind of agent.
     *
     * @return {@code at}
     */
    default Transition chooseAction(Transition at) {
        return at.start(at.state(), selectAction(at));
    }

    /**
     * Asks the model for a simulated outcome of the known pair at the start of {@code query},
     * written into {@code query} (with the features of S' and, for rules that need it, the
     * policy's next action); counts one model query.
     *
     * @return {@code query}
     */
    Transition simulate(Transition query);

    /**
     * The next step of a rollout: as {@link #simulate(Transition)}, through the model's {@link
     * Model#sample(Transition, Object)} with the caller's rollout state (from {@link
     * Model#newRolloutState}, begun with {@link Model#startRollout}); counts one model query.
     * By default, {@link #simulate(Transition)} (a context written before rollout states).
     *
     * @return {@code query}
     */
    default Transition simulate(Transition query, Object rolloutState) {
        return simulate(query);
    }

    /**
     * Applies the agent's update rule to a simulated transition, with the planning-reward bonus
     * added to its reward; counts one planning update.
     *
     * @return the temporal-difference error before the update
     */
    double update(Transition simulated);

    /** The temporal-difference error {@link #update} would use, without updating or counting. */
    double error(Transition simulated);

    /**
     * An expected update of the known pair at the start of {@code query}: the agent's update
     * rule moves Q(s, a) toward the average target over all the model's outcomes, each with the
     * planning-reward bonus added; counts one planning update and one model query. Leaves
     * {@code query} as it was. Needs a {@link dyna.api.model.DistributionModel}.
     *
     * @return the error before the update
     * @throws IllegalStateException when the model offers no distributions
     */
    double expectedUpdate(Transition query);

    /**
     * Moves Q(S, A) at the start of {@code start} toward a target the planner computed itself
     * (an n-step return along a simulated trajectory, a model-based value expansion), through the
     * agent's own update rule and step size; counts one planning update. The planner's target
     * gets no planning-reward bonus: add it yourself if you want one.
     *
     * @return the error {@code target - Q(S, A)} before the update
     */
    double updateToward(Transition start, double target);

    /** The error {@link #expectedUpdate} would use, without updating or counting. */
    double expectedError(Transition query);

    /**
     * Asks the agent's {@link dyna.api.model.ExpectationModel expectation model} for the
     * expected outcome of the feature vector and action at the start of {@code query} ({@link
     * Transition#features()}, {@link Transition#action()}): writes the expected next features and
     * reward into {@code query}; counts one model query. The start is a feature vector, which
     * need not encode any observation (a unit vector e_i, say); buffers from {@link
     * #newTransition()} have room for every feature when the model is an expectation model.
     *
     * @return {@code query}
     * @throws IllegalStateException when the model offers no expectations
     */
    Transition expect(Transition query);

    /**
     * Applies the agent's update rule to a transition whose features of S and S' are written
     * already (an expected transition from {@link #expect}): nothing is encoded from its states
     * or observations, and no planning-reward bonus is added (bonuses count visits of states,
     * which a feature vector is not). For rules that need it, the next action is the policy's
     * choice on the values at S'. Counts one planning update.
     *
     * @return the temporal-difference error before the update
     */
    double updateOnFeatures(Transition expected);

    /** The error {@link #updateOnFeatures} would use, without updating or counting. */
    double errorOnFeatures(Transition expected);
}
