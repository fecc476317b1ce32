package dyna.learners.buffer;

import dyna.api.env.Transition;
import dyna.nn.Tensor;
import java.util.random.RandomGenerator;

/**
 * A replay buffer of box transitions (S, A, R, S', terminated), as off-policy learners keep
 * them: a ring of at most {@code capacity} transitions, the oldest overwritten first (so a buffer
 * of simulated data holds only the latest: data of bounded age), drawn uniformly with
 * replacement. Actions are kept as the learner gives them (SAC: scaled to [−1, 1]). Its arrays
 * grow as it fills, so a large capacity costs memory only when used.
 */
public final class TransitionBuffer {

    private final int dimensions;
    private final int actionDimensions;
    private final int capacity;
    private double[] observations = new double[0];
    private double[] actions = new double[0];
    private double[] rewards = new double[0];
    private double[] nextObservations = new double[0];
    private boolean[] terminated = new boolean[0];
    private int size;
    private int next;

    /** An empty buffer for observations and actions of the given dimensions. */
    public TransitionBuffer(int dimensions, int actionDimensions, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a buffer needs room for at least 1 transition, not " + capacity);
        }
        this.dimensions = dimensions;
        this.actionDimensions = actionDimensions;
        this.capacity = capacity;
    }

    /** The transitions held. */
    public int size() {
        return size;
    }

    /** The most transitions held. */
    public int capacity() {
        return capacity;
    }

    /**
     * Adds a transition with its action given apart ({@code action}: as the learner keeps it),
     * overwriting the oldest when full. Truncation is not kept: a truncated transition is
     * bootstrapped as any other (Gymnasium's semantics, SB3's handling of time limits).
     */
    public void add(Transition t, double[] action) {
        if (next == rewards.length) {
            grow();
        }
        System.arraycopy(t.observation(), 0, observations, next * dimensions, dimensions);
        System.arraycopy(action, 0, actions, next * actionDimensions, actionDimensions);
        System.arraycopy(t.nextObservation(), 0, nextObservations, next * dimensions, dimensions);
        rewards[next] = t.reward();
        terminated[next] = t.terminated();
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    private void grow() {
        int length = (int) Math.min(capacity, Math.max(1024, 2L * rewards.length));
        observations = java.util.Arrays.copyOf(observations, length * dimensions);
        actions = java.util.Arrays.copyOf(actions, length * actionDimensions);
        nextObservations = java.util.Arrays.copyOf(nextObservations, length * dimensions);
        rewards = java.util.Arrays.copyOf(rewards, length);
        terminated = java.util.Arrays.copyOf(terminated, length);
    }

    /**
     * Writes {@code count} transitions drawn uniformly with replacement into rows {@code from ..
     * from + count - 1} of the batch tensors ({@code [1, batch, columns]}): observations, actions,
     * rewards, next observations, and 1 − terminated (0 where S' is terminal).
     *
     * @throws IllegalStateException when the buffer is empty
     */
    public void sample(int count, int from, RandomGenerator random, Tensor observation, Tensor action, Tensor reward,
            Tensor nextObservation, Tensor notDone) {
        if (size == 0 && count > 0) {
            throw new IllegalStateException("cannot draw from an empty buffer");
        }
        for (int r = from; r < from + count; r++) {
            int i = random.nextInt(size);
            System.arraycopy(observations, i * dimensions, observation.data(), r * dimensions, dimensions);
            System.arraycopy(actions, i * actionDimensions, action.data(), r * actionDimensions, actionDimensions);
            System.arraycopy(nextObservations, i * dimensions, nextObservation.data(), r * dimensions, dimensions);
            reward.data()[r] = rewards[i];
            notDone.data()[r] = terminated[i] ? 0 : 1;
        }
    }

    /** Writes the state of the buffer: its transitions, oldest first. */
    public void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(size);
        int first = size < capacity ? 0 : next;
        for (int k = 0; k < size; k++) {
            int i = (first + k) % capacity;
            for (int d = 0; d < dimensions; d++) {
                out.writeDouble(observations[i * dimensions + d]);
            }
            for (int d = 0; d < actionDimensions; d++) {
                out.writeDouble(actions[i * actionDimensions + d]);
            }
            for (int d = 0; d < dimensions; d++) {
                out.writeDouble(nextObservations[i * dimensions + d]);
            }
            out.writeDouble(rewards[i]);
            out.writeBoolean(terminated[i]);
        }
    }

    /** Reads what {@link #write} wrote into this empty buffer. */
    public void read(java.io.DataInput in) throws java.io.IOException {
        int count = in.readInt();
        if (count < 0 || count > capacity) {
            throw new java.io.IOException("a buffer of " + count + " transitions for a capacity of " + capacity);
        }
        Transition t = new Transition(dimensions, 0, 1);
        double[] action = new double[actionDimensions];
        for (int k = 0; k < count; k++) {
            double[] o = new double[dimensions];
            for (int d = 0; d < dimensions; d++) {
                o[d] = in.readDouble();
            }
            for (int d = 0; d < actionDimensions; d++) {
                action[d] = in.readDouble();
            }
            for (int d = 0; d < dimensions; d++) {
                t.nextObservation()[d] = in.readDouble();
            }
            t.start(o, 0).outcome(in.readDouble(), in.readBoolean(), false);
            add(t, action);
        }
    }
}
