package dyna.models.neural;

import dyna.api.env.Transition;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The real transitions a neural model learns from, in flat arrays: a ring of the last {@code
 * capacity}, each as its observation, action (an index, or a box action's values), target values (the change of each observation
 * dimension, s' − s, then the reward) and whether it terminated.
 */
final class TransitionData {

    private final int dimensions;
    private final int targets;
    private final int actionSize;
    private final boolean boxActions;
    private final double[] observations;
    private final double[] actions;
    private final double[] targetValues;
    private final boolean[] terminated;
    private int size;
    private int next;

    TransitionData(int capacity, int dimensions, int actionSize, boolean boxActions) {
        this.dimensions = dimensions;
        this.targets = dimensions + 1;
        this.actionSize = actionSize;
        this.boxActions = boxActions;
        this.observations = new double[capacity * dimensions];
        this.actions = new double[capacity * actionSize];
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
        if (boxActions) {
            System.arraycopy(real.actionVector(), 0, actions, slot * actionSize, actionSize);
        } else {
            actions[slot] = real.action();
        }
        terminated[slot] = real.terminated();
        next = (next + 1) % terminated.length;
        size = Math.min(size + 1, terminated.length);
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
        return terminated.length;
    }

    /** The observations, {@code dimensions} per slot. */
    double[] observations() {
        return observations;
    }

    /** The target values, {@code dimensions + 1} per slot. */
    double[] targetValues() {
        return targetValues;
    }

    /** The actions, {@code actionSize} per slot: a discrete action's index, or a box action's values. */
    double[] actions() {
        return actions;
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
            if (boxActions) {
                for (int i = 0; i < actionSize; i++) {
                    out.writeDouble(actions[slot * actionSize + i]);
                }
            } else {
                out.writeInt((int) actions[slot]);
            }
            out.writeBoolean(terminated[slot]);
        }
        SavedArrays.write(out, targetValues, size * targets);
    }

    /** Reads what {@link #write} wrote into this empty buffer of the same capacity and dimensions. */
    void read(DataInput in) throws IOException {
        int savedSize = in.readInt();
        int savedNext = in.readInt();
        if (savedSize < 0 || savedSize > terminated.length || savedNext < 0 || savedNext >= terminated.length) {
            throw new IOException("the saved data holds " + savedSize + " transitions (next slot " + savedNext
                    + "), but this model keeps at most " + terminated.length + " (capacity)");
        }
        size = savedSize;
        next = savedNext;
        SavedArrays.read(in, observations, size * dimensions);
        for (int slot = 0; slot < size; slot++) {
            if (boxActions) {
                for (int i = 0; i < actionSize; i++) {
                    actions[slot * actionSize + i] = in.readDouble();
                }
            } else {
                actions[slot] = in.readInt();
            }
            terminated[slot] = in.readBoolean();
        }
        SavedArrays.read(in, targetValues, size * targets);
    }
}
