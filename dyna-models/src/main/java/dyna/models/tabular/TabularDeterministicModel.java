package dyna.models.tabular;

import dyna.api.env.Step;

/**
 * The Dyna-Q model: for each seen (s, a), the last outcome (r, s', terminated) observed,
 * assuming a deterministic world. Its distribution is that one outcome, with probability 1;
 * its predecessors are the pairs whose last outcome leads to a state. Not final: the Dyna-Q+
 * model is this one with untried actions filled in.
 */
class TabularDeterministicModel extends TrackedModel {

    private final int actions;
    private final int[] nextState;
    private final double[] reward;
    private final boolean[] terminated;

    TabularDeterministicModel(int states, int actions) {
        super(states, actions);
        this.actions = actions;
        this.nextState = new int[states * actions];
        this.reward = new double[states * actions];
        this.terminated = new boolean[states * actions];
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



}
