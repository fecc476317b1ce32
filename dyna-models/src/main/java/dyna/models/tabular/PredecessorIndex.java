package dyna.models.tabular;

import java.util.Arrays;

/**
 * For each state, the pairs (s, a) that a model predicts can lead to it, as pair numbers
 * {@code s * actions + a}. Lists grow by doubling, so adding is amortised O(1) and reading
 * allocates nothing.
 */
final class PredecessorIndex {

    private final int actions;
    private final int[][] pairs;
    private final int[] counts;

    PredecessorIndex(int states, int actions) {
        this.actions = actions;
        this.pairs = new int[states][];
        this.counts = new int[states];
    }

    /** Records that (s, a) can lead to {@code next}; the caller adds each link once. */
    void add(int next, int state, int action) {
        int[] list = pairs[next];
        if (list == null) {
            list = new int[4];
            pairs[next] = list;
        } else if (counts[next] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            pairs[next] = list;
        }
        list[counts[next]++] = state * actions + action;
    }

    /** Forgets that (s, a) can lead to {@code next}. */
    void remove(int next, int state, int action) {
        int pair = state * actions + action;
        int[] list = pairs[next];
        for (int i = 0; i < counts[next]; i++) {
            if (list[i] == pair) {
                System.arraycopy(list, i + 1, list, i, counts[next] - i - 1);
                counts[next]--;
                return;
            }
        }
    }

    int count(int state) {
        return counts[state];
    }

    int state(int state, int index) {
        return pair(state, index) / actions;
    }

    int action(int state, int index) {
        return pair(state, index) % actions;
    }

    private int pair(int state, int index) {
        if (index >= counts[state]) {
            throw new IndexOutOfBoundsException("predecessor " + index + " of " + counts[state]);
        }
        return pairs[state][index];
    }
}
