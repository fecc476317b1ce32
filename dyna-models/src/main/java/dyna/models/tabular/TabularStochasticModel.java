package dyna.models.tabular;

import dyna.api.env.Transition;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A model of a stochastic world: for each seen (s, a), how often each outcome (s', terminated)
 * followed it and the mean reward of each. Samples outcomes by their frequency, gives the
 * whole distribution, and knows every pair that has led to a state. Per pair it keeps where
 * its first outcome lies (4 bytes); the outcomes themselves lie in one pool, chained per pair in
 * order of first sight, so that pairs never seen cost nothing more (prioritized sweeping over
 * millions of pairs).
 *
 * <p>Saved as {@code tabular-stochastic/1}: the number of states and of actions and the number
 * of known pairs (three {@code int}s), then per known pair, in order of state and action: state,
 * action and number of outcomes ({@code int}s), and per outcome in order of first sight: next
 * state ({@code int}), terminated ({@code boolean}), count ({@code int}) and the sum of its
 * rewards ({@code double}).
 */
final class TabularStochasticModel extends TrackedModel implements Savable {

    private static final int INITIAL = 64;

    private final int states;
    private final int actions;
    private final RandomGenerator random;
    /** Per pair: the pool index of its first outcome, or -1 for none. */
    private final int[] first;
    /** The pool of outcomes: next state, terminated, count, reward sum, and the pair's next outcome (-1 for none). */
    private int[] next = new int[INITIAL];
    private boolean[] terminal = new boolean[INITIAL];
    private int[] count = new int[INITIAL];
    private double[] rewardSum = new double[INITIAL];
    private int[] link = new int[INITIAL];
    private int used;

    TabularStochasticModel(int states, int actions, RandomGenerator random) {
        super(states, actions);
        this.states = states;
        this.actions = actions;
        this.random = random;
        this.first = new int[states * actions];
        Arrays.fill(first, -1);
    }

    @Override
    public void observe(Transition real) {
        int state = real.state();
        int action = real.action();
        int nextState = real.nextState();
        boolean terminated = real.terminated();
        int pair = state * actions + action;
        int i = find(pair, nextState, terminated);
        if (i < 0) {
            i = add(pair, nextState, terminated);
            if (find(pair, nextState, !terminated) < 0) {
                predecessors.add(nextState, state, action);   // once, though it may lead there ending or not
            }
        }
        count[i]++;
        rewardSum[i] += real.reward();
        know(state, action);
    }

    private int find(int pair, int nextState, boolean terminated) {
        for (int i = first[pair]; i >= 0; i = link[i]) {
            if (next[i] == nextState && terminal[i] == terminated) {
                return i;
            }
        }
        return -1;
    }

    /** Appends a new outcome (count 0) to the pair's chain and returns its pool index. */
    private int add(int pair, int nextState, boolean terminated) {
        if (used == next.length) {
            int grown = Math.addExact(used, Math.max(INITIAL, used / 2));
            next = Arrays.copyOf(next, grown);
            terminal = Arrays.copyOf(terminal, grown);
            count = Arrays.copyOf(count, grown);
            rewardSum = Arrays.copyOf(rewardSum, grown);
            link = Arrays.copyOf(link, grown);
        }
        int i = used++;
        next[i] = nextState;
        terminal[i] = terminated;
        count[i] = 0;
        rewardSum[i] = 0;
        link[i] = -1;
        if (first[pair] < 0) {
            first[pair] = i;
        } else {
            int last = first[pair];
            while (link[last] >= 0) {
                last = link[last];
            }
            link[last] = i;
        }
        return i;
    }

    private int total(int pair) {
        int total = 0;
        for (int i = first[pair]; i >= 0; i = link[i]) {
            total += count[i];
        }
        return total;
    }

    @Override
    public void sample(Transition query) {
        int pair = knownPair(query);
        int u = random.nextInt(total(pair));
        int i = first[pair];
        while (u >= count[i]) {
            u -= count[i];
            i = link[i];
        }
        write(i, query);
    }

    @Override
    public int outcomeCount(Transition query) {
        int n = 0;
        for (int i = first[query.state() * actions + query.action()]; i >= 0; i = link[i]) {
            n++;
        }
        return n;
    }

    @Override
    public double outcome(Transition query, int index) {
        int pair = knownPair(query);
        int i = first[pair];
        for (int k = 0; k < index && i >= 0; k++) {
            i = link[i];
        }
        if (index < 0 || i < 0) {
            throw new IndexOutOfBoundsException("outcome " + index + " of " + outcomeCount(query));
        }
        write(i, query);
        return (double) count[i] / total(pair);
    }

    private void write(int i, Transition out) {
        out.outcome(next[i], rewardSum[i] / count[i], terminal[i], false);
    }

    @Override
    public String format() {
        return "tabular-stochastic/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, states, actions);
        int known = 0;
        for (int pair = 0; pair < first.length; pair++) {
            known += first[pair] >= 0 ? 1 : 0;
        }
        out.writeInt(known);
        for (int pair = 0; pair < first.length; pair++) {
            if (first[pair] >= 0) {
                out.writeInt(pair / actions);
                out.writeInt(pair % actions);
                int n = 0;
                for (int i = first[pair]; i >= 0; i = link[i]) {
                    n++;
                }
                out.writeInt(n);
                for (int i = first[pair]; i >= 0; i = link[i]) {
                    out.writeInt(next[i]);
                    out.writeBoolean(terminal[i]);
                    out.writeInt(count[i]);
                    out.writeDouble(rewardSum[i]);
                }
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        Saved.checkSize(in, states, actions);
        int known = in.readInt();
        for (int k = 0; k < known; k++) {
            int state = Saved.index(in.readInt(), states, "state");
            int action = Saved.index(in.readInt(), actions, "action");
            int pair = state * actions + action;
            int n = in.readInt();
            if (n < 1 || first[pair] >= 0) {
                throw new IOException("the saved model lists pair (" + state + ", " + action + ") "
                        + (n < 1 ? "with " + n + " outcomes; a known pair has at least one" : "twice"));
            }
            for (int o = 0; o < n; o++) {
                int nextState = Saved.index(in.readInt(), states, "next state");
                boolean terminated = in.readBoolean();
                if (find(pair, nextState, terminated) >= 0) {
                    throw new IOException("the saved model lists outcome (" + nextState + ", " + terminated
                            + ") of a pair twice");
                }
                int i = add(pair, nextState, terminated);
                if (find(pair, nextState, !terminated) < 0) {
                    predecessors.add(nextState, state, action);
                }
                int times = in.readInt();
                if (times < 1) {
                    throw new IOException("the saved model counts an outcome " + times + " times; counts are at least 1");
                }
                count[i] = times;
                rewardSum[i] = in.readDouble();
            }
            know(state, action);
        }
    }
}
