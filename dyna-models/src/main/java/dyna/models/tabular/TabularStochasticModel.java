package dyna.models.tabular;

import dyna.api.env.Transition;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A model of a stochastic world: for each seen (s, a), how often each outcome (s', terminated)
 * followed it and the mean reward of each. Samples outcomes by their frequency, gives the
 * whole distribution, and knows every pair that has led to a state.
 */
final class TabularStochasticModel extends TrackedModel {

    private final int actions;
    private final RandomGenerator random;
    /** Per pair: its distinct outcomes, in order of first sight. */
    private final int[][] next;
    private final boolean[][] terminal;
    private final int[][] count;
    private final double[][] rewardSum;
    private final int[] outcomes;
    private final int[] total;

    TabularStochasticModel(int states, int actions, RandomGenerator random) {
        super(states, actions);
        this.actions = actions;
        this.random = random;
        int n = states * actions;
        this.next = new int[n][];
        this.terminal = new boolean[n][];
        this.count = new int[n][];
        this.rewardSum = new double[n][];
        this.outcomes = new int[n];
        this.total = new int[n];
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
            predecessors.add(nextState, state, action);
        }
        count[pair][i]++;
        rewardSum[pair][i] += real.reward();
        total[pair]++;
        know(state, action);
    }

    private int find(int pair, int nextState, boolean terminated) {
        for (int i = 0; i < outcomes[pair]; i++) {
            if (next[pair][i] == nextState && terminal[pair][i] == terminated) {
                return i;
            }
        }
        return -1;
    }

    private int add(int pair, int nextState, boolean terminated) {
        int size = outcomes[pair];
        if (next[pair] == null) {
            next[pair] = new int[2];
            terminal[pair] = new boolean[2];
            count[pair] = new int[2];
            rewardSum[pair] = new double[2];
        } else if (size == next[pair].length) {
            next[pair] = Arrays.copyOf(next[pair], size * 2);
            terminal[pair] = Arrays.copyOf(terminal[pair], size * 2);
            count[pair] = Arrays.copyOf(count[pair], size * 2);
            rewardSum[pair] = Arrays.copyOf(rewardSum[pair], size * 2);
        }
        next[pair][size] = nextState;
        terminal[pair][size] = terminated;
        outcomes[pair] = size + 1;
        return size;
    }

    @Override
    public void sample(Transition query) {
        int pair = knownPair(query);
        int u = random.nextInt(total[pair]);
        int i = 0;
        while (u >= count[pair][i]) {
            u -= count[pair][i];
            i++;
        }
        write(pair, i, query);
    }

    @Override
    public int outcomeCount(Transition query) {
        return outcomes[query.state() * actions + query.action()];
    }

    @Override
    public double outcome(Transition query, int index) {
        int pair = knownPair(query);
        if (index >= outcomes[pair]) {
            throw new IndexOutOfBoundsException("outcome " + index + " of " + outcomes[pair]);
        }
        write(pair, index, query);
        return (double) count[pair][index] / total[pair];
    }

    private void write(int pair, int i, Transition out) {
        out.outcome(next[pair][i], rewardSum[pair][i] / count[pair][i], terminal[pair][i], false);
    }

}
