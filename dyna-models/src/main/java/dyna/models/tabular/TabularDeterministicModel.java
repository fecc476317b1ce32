package dyna.models.tabular;

import dyna.api.env.Transition;

/**
 * The Dyna-Q model: for each seen (s, a), the last outcome (r, s', terminated) observed,
 * assuming a deterministic world. Its distribution is that one outcome, with probability 1;
 * its predecessors are the pairs whose last outcome leads to a state. Not final: the Dyna-Q+
 * model is this one with untried actions filled in.
 */
class TabularDeterministicModel extends TrackedModel {

    private final int actions;
    private final int[] nextState;
    private final RewardColumn reward;
    private final boolean[] terminated;

    TabularDeterministicModel(int states, int actions) {
        super(states, actions);
        this.actions = actions;
        this.nextState = new int[states * actions];
        this.reward = new RewardColumn(states * actions);
        this.terminated = new boolean[states * actions];
    }

    @Override
    public void observe(Transition real) {
        learn(real.state(), real.action(), real.reward(), real.nextState(), real.terminated());
    }

    /** Learns that (s, a) led to (r, s', end). */
    void learn(int state, int action, double r, int next, boolean end) {
        int pair = state * actions + action;
        boolean known = knows(state, action);
        if (!known || nextState[pair] != next) {
            if (known) {
                predecessors.remove(nextState[pair], state, action);
            }
            predecessors.add(next, state, action);
        }
        nextState[pair] = next;
        reward.set(pair, r);
        terminated[pair] = end;
        know(state, action);
    }

    @Override
    public void sample(Transition query) {
        int pair = knownPair(query);
        query.outcome(nextState[pair], reward.get(pair), terminated[pair], false);
    }

    @Override
    public int outcomeCount(Transition query) {
        return knows(query) ? 1 : 0;
    }

    @Override
    public double outcome(Transition query, int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("outcome " + index + " of 1");
        }
        sample(query);
        return 1.0;
    }
}
