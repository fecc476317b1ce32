package dyna.core.search;

import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

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

    /**
     * Writes the set: the numbers of states and of actions and the number of seen states
     * ({@code int}s), then per seen state in order of first sight: the state, its number of
     * seen actions and those actions in order of first sight ({@code int}s).
     */
    void write(DataOutput out, int states) throws IOException {
        SavedSizes.write(out, states, actions);
        out.writeInt(stateCount());
        for (int i = 0; i < stateCount(); i++) {
            int s = state(i);
            out.writeInt(s);
            out.writeInt(actionCount(s));
            for (int k = 0; k < actionCount(s); k++) {
                out.writeInt(action(s, k));
            }
        }
    }

    /** Reads what {@link #write} wrote into this set, in the same order. */
    void read(DataInput in, int states, String what) throws IOException {
        SavedSizes.check(in, what, List.of("states", "actions"), states, actions);
        int seen = in.readInt();
        for (int i = 0; i < seen; i++) {
            int s = in.readInt();
            int count = in.readInt();
            for (int k = 0; k < count; k++) {
                int a = in.readInt();
                if (s < 0 || s >= states || a < 0 || a >= actions) {
                    throw new IOException("the saved " + what + " name (" + s + ", " + a + "), outside the " + states
                            + " states and " + actions + " actions");
                }
                if (!contains(s, a)) {
                    add(s, a);
                }
            }
        }
    }
}
