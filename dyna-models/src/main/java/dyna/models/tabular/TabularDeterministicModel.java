package dyna.models.tabular;

import dyna.api.env.Step;
import dyna.api.model.Model;

/**
 * The Dyna-Q model: for each seen (s, a), the last outcome (r, s', terminated) observed,
 * assuming a deterministic world.
 */
final class TabularDeterministicModel implements Model {

    private final int actions;
    private final ObservedPairs pairs;
    private final int[] nextState;
    private final double[] reward;
    private final boolean[] terminated;

    TabularDeterministicModel(int states, int actions) {
        this.actions = actions;
        this.pairs = new ObservedPairs(states, actions);
        this.nextState = new int[states * actions];
        this.reward = new double[states * actions];
        this.terminated = new boolean[states * actions];
    }

    @Override
    public void observe(int state, int action, double r, int next, boolean end) {
        int pair = state * actions + action;
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
}
