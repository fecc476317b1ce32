package dyna.models.tabular;

import dyna.api.env.Transition;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The Dyna-Q model: for each seen (s, a), the last outcome (r, s', terminated) observed,
 * assuming a deterministic world. Its distribution is that one outcome, with probability 1;
 * its predecessors are the pairs whose last outcome leads to a state. Not final: the Dyna-Q+
 * model is this one with untried actions filled in.
 *
 * <p>Saved as {@code tabular-deterministic/1}: the number of states and of actions and the
 * number of known pairs (three {@code int}s), then per known pair, in order of state and action:
 * state and action ({@code int}s), reward ({@code double}), next state ({@code int}),
 * terminated ({@code boolean}).
 */
class TabularDeterministicModel extends TrackedModel implements Savable {

    private final int states;
    private final int actions;
    private final int[] nextState;
    private final RewardColumn reward;
    private final boolean[] terminated;

    TabularDeterministicModel(int states, int actions) {
        super(states, actions);
        this.states = states;
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

    @Override
    public String format() {
        return "tabular-deterministic/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, states, actions);
        int known = 0;
        for (int pair = 0; pair < nextState.length; pair++) {
            known += knows(pair / actions, pair % actions) ? 1 : 0;
        }
        out.writeInt(known);
        for (int pair = 0; pair < nextState.length; pair++) {
            if (knows(pair / actions, pair % actions)) {
                out.writeInt(pair / actions);
                out.writeInt(pair % actions);
                out.writeDouble(reward.get(pair));
                out.writeInt(nextState[pair]);
                out.writeBoolean(terminated[pair]);
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        Saved.checkSize(in, states, actions);
        int known = in.readInt();
        for (int i = 0; i < known; i++) {
            int state = Saved.index(in.readInt(), states, "state");
            int action = Saved.index(in.readInt(), actions, "action");
            double r = in.readDouble();
            int next = Saved.index(in.readInt(), states, "next state");
            learn(state, action, r, next, in.readBoolean());
        }
    }
}
