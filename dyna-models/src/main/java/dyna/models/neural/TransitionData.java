package dyna.models.neural;

import dyna.api.env.Transition;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The real transitions a neural model learns from, in flat arrays: a ring of the last {@code
 * capacity}, each as its observation, action, target values (the change of each observation
 * dimension, s' − s, then the reward) and whether it terminated.
 */
final class TransitionData {

    private final int dimensions;
    private final int targets;
    private final double[] observations;
    private final int[] actions;
    private final double[] targetValues;
    private final boolean[] terminated;
    private int size;
    private int next;

    TransitionData(int capacity, int dimensions) {
        this.dimensions = dimensions;
        this.targets = dimensions + 1;
        this.observations = new double[capacity * dimensions];
        this.actions = new int[capacity];
        this.targetValues = new double[capacity * targets];
        this.terminated = new boolean[capacity];
    }

    /** Adds a real transition, replacing the oldest once full; returns its slot. */
    int add(Transition real) {
        int slot = next;
        double[] s = real.observation();
        double[] s2 = real.nextObservation();
        System.arraycopy(s, 0, observations, slot * dimensions, dimensions);
        for (int k = 0; k < dimensions; k++) {
            targetValues[slot * targets + k] = s2[k] - s[k];
        }
        targetValues[slot * targets + dimensions] = real.reward();
        actions[slot] = real.action();
        terminated[slot] = real.terminated();
        next = (next + 1) % actions.length;
        size = Math.min(size + 1, actions.length);
        return slot;
    }

    /** The number of transitions kept. */
    int size() {
        return size;
    }

    /** The number of target values per transition: the observation's dimensions, then the reward. */
    int targets() {
        return targets;
    }

    /** The room for transitions. */
    int capacity() {
        return actions.length;
    }

    /** The observations, {@code dimensions} per slot. */
    double[] observations() {
        return observations;
    }

    /** The target values, {@code dimensions + 1} per slot. */
    double[] targetValues() {
        return targetValues;
    }

    /** The action of a slot. */
    int action(int slot) {
        return actions[slot];
    }

    /** Whether the transition in a slot terminated. */
    boolean terminated(int slot) {
        return terminated[slot];
    }

    /** Writes the transitions kept, slot by slot, and where the next one goes. */
    void write(DataOutput out) throws IOException {
        out.writeInt(size);
        out.writeInt(next);
        SavedArrays.write(out, observations, size * dimensions);
        for (int slot = 0; slot < size; slot++) {
            out.writeInt(actions[slot]);
            out.writeBoolean(terminated[slot]);
        }
        SavedArrays.write(out, targetValues, size * targets);
    }

    /** Reads what {@link #write} wrote into this empty buffer of the same capacity and dimensions. */
    void read(DataInput in) throws IOException {
        int savedSize = in.readInt();
        int savedNext = in.readInt();
        if (savedSize < 0 || savedSize > actions.length || savedNext < 0 || savedNext >= actions.length) {
            throw new IOException("the saved data holds " + savedSize + " transitions (next slot " + savedNext
                    + "), but this model keeps at most " + actions.length + " (capacity)");
        }
        size = savedSize;
        next = savedNext;
        SavedArrays.read(in, observations, size * dimensions);
        for (int slot = 0; slot < size; slot++) {
            actions[slot] = in.readInt();
            terminated[slot] = in.readBoolean();
        }
        SavedArrays.read(in, targetValues, size * targets);
    }
}
