package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * Linear Dyna's search control that replays: each planning update starts from the feature
 * vector of a uniformly random stored real observation, with the action taken there. Keeps the
 * last {@code capacity} real starts in a ring; the vectors are allocated while the ring fills,
 * and reused after.
 */
final class ReplayedFeatures implements SearchControl, Savable {

    private final FeatureVector[] stored;
    private final int[] actions;
    private final RandomGenerator random;
    private int size;
    private int next;

    ReplayedFeatures(int capacity, RandomGenerator random) {
        this.stored = new FeatureVector[capacity];
        this.actions = new int[capacity];
        this.random = random;
    }

    @Override
    public void observe(Transition real) {
        if (stored[next] == null) {
            stored[next] = new FeatureVector(real.features().capacity());
        }
        stored[next].copyFrom(real.features());
        actions[next] = real.action();
        next = (next + 1) % stored.length;
        size = Math.min(size + 1, stored.length);
    }

    @Override
    public boolean next(Transition start) {
        if (size == 0) {
            return false;
        }
        int k = random.nextInt(size);
        start.start(-1, actions[k]);
        start.features().copyFrom(stored[k]);
        return true;
    }

    /**
     * Saved as {@code replayed-features/1}: capacity, how many are kept and the next slot
     * ({@code int}s), then per slot kept: its action, the vector's capacity and its number of
     * active features ({@code int}s), and each feature's index ({@code int}) and value ({@code
     * double}).
     */
    @Override
    public String format() {
        return "replayed-features/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(stored.length);
        out.writeInt(size);
        out.writeInt(next);
        for (int i = 0; i < size; i++) {
            out.writeInt(actions[i]);
            out.writeInt(stored[i].capacity());
            out.writeInt(stored[i].count());
            for (int k = 0; k < stored[i].count(); k++) {
                out.writeInt(stored[i].index(k));
                out.writeDouble(stored[i].value(k));
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        int capacity = in.readInt();
        int savedSize = in.readInt();
        int savedNext = in.readInt();
        if (capacity != stored.length || savedSize < 0 || savedSize > capacity || savedNext < 0
                || savedNext >= capacity) {
            throw new IOException("the saved replay keeps " + savedSize + " of " + capacity + " feature vectors (next "
                    + savedNext + "), but this one keeps at most " + stored.length);
        }
        size = savedSize;
        next = savedNext;
        for (int i = 0; i < size; i++) {
            actions[i] = in.readInt();
            int vectorCapacity = in.readInt();
            int count = in.readInt();
            if (vectorCapacity < 1 || count < 0 || count > vectorCapacity) {
                throw new IOException("the saved replay has a feature vector of " + count + " features in "
                        + vectorCapacity);
            }
            stored[i] = new FeatureVector(vectorCapacity);
            for (int k = 0; k < count; k++) {
                stored[i].add(in.readInt(), in.readDouble());
            }
        }
    }
}
