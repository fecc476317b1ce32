package dyna.models.tabular;

import dyna.api.env.Step;
import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;

/**
 * The Dyna-Q model: for each seen (s, a), the last outcome (r, s', terminated) observed,
 * assuming a deterministic world. Its distribution is that one outcome, with probability 1;
 * its predecessors are the pairs whose last outcome leads to a state.
 */
final class TabularDeterministicModel implements DistributionModel, PredecessorModel {

    private final int actions;
    private final ObservedPairs pairs;
    private final int[] nextState;
    private final double[] reward;
    private final boolean[] terminated;
    private final PredecessorIndex predecessors;

    TabularDeterministicModel(int states, int actions) {
        this.actions = actions;
        this.pairs = new ObservedPairs(states, actions);
        this.nextState = new int[states * actions];
        this.reward = new double[states * actions];
        this.terminated = new boolean[states * actions];
        this.predecessors = new PredecessorIndex(states, actions);
    }

    @Override
    public void observe(int state, int action, double r, int next, boolean end) {
        int pair = state * actions + action;
        boolean known = pairs.contains(state, action);
        if (!known || nextState[pair] != next) {
            if (known) {
                predecessors.remove(nextState[pair], state, action);
            }
            predecessors.add(next, state, action);
        }
        nextState[pair] = next;
        reward[pair] = r;
        terminated[pair] = end;
        pairs.add(state, action);
    }

    @Override
    public int observedStateCount() {
        return pairs.stateCount();
    }

    @Override
    public int observedState(int index) {
        return pairs.state(index);
    }

    @Override
    public int observedActionCount(int state) {
        return pairs.actionCount(state);
    }

    @Override
    public int observedAction(int state, int index) {
        return pairs.action(state, index);
    }

    @Override
    public void sample(int state, int action, Step out) {
        if (!pairs.contains(state, action)) {
            throw new IllegalArgumentException("the model has never seen action " + action + " in state " + state);
        }
        int pair = state * actions + action;
        out.set(nextState[pair], reward[pair], terminated[pair], false);
    }

    @Override
    public int outcomeCount(int state, int action) {
        return pairs.contains(state, action) ? 1 : 0;
    }

    @Override
    public double outcome(int state, int action, int index, Step out) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("outcome " + index + " of 1");
        }
        sample(state, action, out);
        return 1.0;
    }

    @Override
    public int predecessorCount(int state) {
        return predecessors.count(state);
    }

    @Override
    public int predecessorState(int state, int index) {
        return predecessors.state(state, index);
    }

    @Override
    public int predecessorAction(int state, int index) {
        return predecessors.action(state, index);
    }
}
