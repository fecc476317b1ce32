package dyna.models.tabular;

import dyna.api.env.Step;
import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;

/**
 * The Dyna-Q+ model: the deterministic model, plus the book's footnote to Dyna-Q+ (section
 * 8.3): when a state is first acted in, the actions never tried there enter the model as
 * leading back to the same state with reward 0, so that planning can consider them. How long
 * ago each pair was tried (τ) is kept by the agent for every model and handed to the bonus; for
 * these untried actions it counts from the start of the run.
 */
final class TabularTimeModel implements DistributionModel, PredecessorModel {

    private final int actions;
    private final TabularDeterministicModel model;
    private final boolean[] visited;

    TabularTimeModel(int states, int actions) {
        this.actions = actions;
        this.model = new TabularDeterministicModel(states, actions);
        this.visited = new boolean[states];
    }

    @Override
    public void observe(int state, int action, double reward, int nextState, boolean terminated) {
        if (!visited[state]) {
            visited[state] = true;
            for (int untried = 0; untried < actions; untried++) {
                if (untried != action) {
                    model.observe(state, untried, 0.0, state, false);
                }
            }
        }
        model.observe(state, action, reward, nextState, terminated);
    }

    @Override
    public int observedStateCount() {
        return model.observedStateCount();
    }

    @Override
    public int observedState(int index) {
        return model.observedState(index);
    }

    @Override
    public int observedActionCount(int state) {
        return model.observedActionCount(state);
    }

    @Override
    public int observedAction(int state, int index) {
        return model.observedAction(state, index);
    }

    @Override
    public void sample(int state, int action, Step out) {
        model.sample(state, action, out);
    }

    @Override
    public int outcomeCount(int state, int action) {
        return model.outcomeCount(state, action);
    }

    @Override
    public double outcome(int state, int action, int index, Step out) {
        return model.outcome(state, action, index, out);
    }

    @Override
    public int predecessorCount(int state) {
        return model.predecessorCount(state);
    }

    @Override
    public int predecessorState(int state, int index) {
        return model.predecessorState(state, index);
    }

    @Override
    public int predecessorAction(int state, int index) {
        return model.predecessorAction(state, index);
    }
}
