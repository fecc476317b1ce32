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
    /**
     * The i-th action seen in s, in order of first sight, at s * actions + i: a byte each when
     * actions fit in one (1 byte a pair instead of 4), else an int.
     */
    private final byte[] smallActionsOf;
    private final int[] actionsOf;
    /** How many actions have been seen in each state; a byte each when actions fit in one. */
    private final byte[] smallActionCount;
    private final int[] actionCount;

    SeenPairSet(int states, int actions) {
        this.actions = actions;
        this.states = new int[states];
        boolean small = actions <= Byte.MAX_VALUE;
        this.smallActionsOf = small ? new byte[Math.multiplyExact(states, actions)] : null;
        this.actionsOf = small ? null : new int[Math.multiplyExact(states, actions)];
        this.smallActionCount = small ? new byte[states] : null;
        this.actionCount = small ? null : new int[states];
    }

    /** Adds (s, a) if it is new. */
    void add(int state, int action) {
        if (contains(state, action)) {
            return;
        }
        int count = actionCount(state);
        if (count == 0) {
            states[stateCount++] = state;
        }
        if (smallActionsOf != null) {
            smallActionsOf[state * actions + count] = (byte) action;
            smallActionCount[state] = (byte) (count + 1);
        } else {
            actionsOf[state * actions + count] = action;
            actionCount[state] = count + 1;
        }
    }

    /** Whether (s, a) was seen: a look through the at most {@code actions} actions seen in s. */
    boolean contains(int state, int action) {
        int count = actionCount(state);
        int row = state * actions;
        for (int i = 0; i < count; i++) {
            if ((smallActionsOf != null ? smallActionsOf[row + i] : actionsOf[row + i]) == action) {
                return true;
            }
        }
        return false;
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
        return smallActionCount != null ? smallActionCount[state] : actionCount[state];
    }

    int action(int state, int index) {
        if (index >= actionCount(state)) {
            throw new IndexOutOfBoundsException("observed action " + index + " of " + actionCount(state));
        }
        return smallActionsOf != null ? smallActionsOf[state * actions + index] : actionsOf[state * actions + index];
    }
}
