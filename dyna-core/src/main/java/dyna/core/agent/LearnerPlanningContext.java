package dyna.core.agent;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;
import dyna.api.learning.Learner;
import dyna.api.model.Model;
import dyna.api.space.Box;
import dyna.api.space.Space;
import java.util.random.RandomGenerator;

/**
 * Planning for an agent with a {@link Learner}: rollout actions are the learner's current
 * policy's, each simulated transition is given to the learner (MBPO's model data) and counted as
 * a planning update. Planners that update values themselves (expected updates, Linear Dyna,
 * targets of their own) need action values, which such an agent has not: they are refused in one
 * line.
 */
final class LearnerPlanningContext extends CountedPlanning {

    private final Model model;
    private final Learner learner;
    private final String learnerId;
    private final RandomGenerator random;
    private final Space observations;
    private final Space actions;
    private final ModelQueries queries;
    private long planningUpdates;

    LearnerPlanningContext(Model model, Learner learner, String learnerId, RandomGenerator random, Space observations,
            Space actions, OutcomeCheck check) {
        this.model = model;
        this.learner = learner;
        this.learnerId = learnerId;
        this.random = random;
        this.observations = observations;
        this.actions = actions;
        this.queries = new ModelQueries(model, check);
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public ActionValues values() {
        throw refused("action values");
    }

    @Override
    public Transition newTransition() {
        return new Transition(observations, actions, 1);
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public double discount() {
        return learner.discount();
    }

    @Override
    public int selectAction(Transition at) {
        if (actions instanceof Box) {
            throw new UnsupportedOperationException("the actions are a box: a planner asks chooseAction, which writes "
                    + "the learner's action vector, not selectAction");
        }
        learner.actInPlanning(at, random);
        return at.action();
    }

    @Override
    public Transition chooseAction(Transition at) {
        learner.actInPlanning(at, random);
        return at;
    }

    @Override
    public Transition simulate(Transition query) {
        return queries.sample(query);
    }

    @Override
    public Transition simulate(Transition query, Object rolloutState) {
        return queries.sample(query, rolloutState);
    }

    /** Gives the simulated transition to the learner; counts one planning update. */
    @Override
    public double update(Transition simulated) {
        planningUpdates++;
        learner.observeSimulated(simulated);
        return 0;
    }

    /** No error: the learner learns from batches, not one transition at a time. */
    @Override
    public double error(Transition simulated) {
        return 0;
    }

    @Override
    public double expectedUpdate(Transition query) {
        throw refused("expected updates");
    }

    @Override
    public double updateToward(Transition start, double target) {
        throw refused("updates toward a target of the planner's own");
    }

    @Override
    public double expectedError(Transition query) {
        throw refused("expected updates");
    }

    @Override
    public Transition expect(Transition query) {
        throw refused("expectations of features");
    }

    @Override
    public double updateOnFeatures(Transition expected) {
        throw refused("updates on features");
    }

    @Override
    public double errorOnFeatures(Transition expected) {
        throw refused("updates on features");
    }

    private UnsupportedOperationException refused(String what) {
        return new UnsupportedOperationException("the agent learns with learner " + learnerId + " and has no "
                + "action values, so its planner cannot make " + what + "; branched-rollouts gives simulated "
                + "transitions to the learner");
    }

    @Override
    long planningUpdates() {
        return planningUpdates;
    }

    @Override
    long modelQueries() {
        return queries.count();
    }
}
