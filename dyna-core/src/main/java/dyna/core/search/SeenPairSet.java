package dyna.core.search;

/**
 * The set of state-action pairs seen so far, kept so that a uniformly random seen state, and a
 * uniformly random action seen in it, can each be drawn in O(1) (the lines "random previously
 * observed state" and "random action previously taken in S" of the Dyna-Q box).
 */
final class SeenPairSet {

    private final int actions;
    /** The states seen, in order of first sight. */
    private final int[] states;
    private int stateCount;
    /** actionsOf[s * actions + i]: the i-th action seen in s, in order of first sight. */
    private final int[] actionsOf;
    private final int[] actionCount;
    private final boolean[] seen;

    SeenPairSet(int states, int actions) {
        this.actions = actions;
        this.states = new int[states];
        this.actionsOf = new int[states * actions];
        this.actionCount = new int[states];
        this.seen = new boolean[states * actions];
    }

    /** Adds (s, a) if it is new. */
    void add(int state, int action) {
        int pair = state * actions + action;
        if (seen[pair]) {
            return;
        }
        seen[pair] = true;
        int count = actionCount[state];
        if (count == 0) {
            states[stateCount++] = state;
        }
        actionsOf[state * actions + count] = action;
        actionCount[state] = count + 1;
    }

    boolean contains(int state, int action) {
        return seen[state * actions + action];
    }

    int stateCount() {
        return stateCount;
    }

    int state(int index) {
        if (index >= stateCount) {
            throw new IndexOutOfBoundsException("observed state " + index + " of " + stateCount);
        }
        return states[index];
    }

    int actionCount(int state) {
        return actionCount[state];
    }

    int action(int state, int index) {
        if (index >= actionCount[state]) {
            throw new IndexOutOfBoundsException("observed action " + index + " of " + actionCount[state]);
        }
        return actionsOf[state * actions + index];
    }
}
