package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Starts from recent real experience, as MBPO starts its model rollouts: a ring buffer of the
 * starts (state or observation, and action) of the last {@code window} real transitions, one
 * of which is drawn uniformly for each planning update. Works with discrete and box
 * observations. The pair drawn is one the agent has tried, but a learned model may not know it
 * yet (it trains every so many steps): it {@linkplain #mayHandUnknownPairs() says so}, and
 * planners ask the model before they simulate it.
 */
final class RecentStates implements SearchControl, Savable {

    private final int[] states;
    private final int[] actions;
    private final double[][] observations;
    private final RandomGenerator random;
    private int size;
    private int nextSlot;

    RecentStates(int window, int dimensions, RandomGenerator random) {
        this.states = new int[window];
        this.actions = new int[window];
        this.observations = new double[dimensions == 0 ? 0 : window][dimensions];
        this.random = random;
    }

    @Override
    public void observe(Transition real) {
        states[nextSlot] = real.state();
        actions[nextSlot] = real.action();
        if (observations.length > 0) {
            System.arraycopy(real.observation(), 0, observations[nextSlot], 0, real.dimensions());
        }
        nextSlot = nextSlot + 1 == states.length ? 0 : nextSlot + 1;
        size = Math.min(size + 1, states.length);
    }

    @Override
    public boolean mayHandUnknownPairs() {
        return true;
    }

    @Override
    public boolean next(Transition start) {
        if (size == 0) {
            return false;
        }
        int i = random.nextInt(size);
        if (observations.length > 0) {
            start.start(observations[i], actions[i]);
        } else {
            start.start(states[i], actions[i]);
        }
        return true;
    }

    /**
     * Saved as {@code recent-states/1}: window and observation dimensions, how many are kept and
     * the next slot ({@code int}s), then per slot kept: state and action ({@code int}s) and the
     * observation ({@code double}s).
     */
    @Override
    public String format() {
        return "recent-states/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        int dimensions = observations.length > 0 ? observations[0].length : 0;
        SavedSizes.write(out, states.length, dimensions);
        out.writeInt(size);
        out.writeInt(nextSlot);
        for (int i = 0; i < size; i++) {
            out.writeInt(states[i]);
            out.writeInt(actions[i]);
            for (int k = 0; k < dimensions; k++) {
                out.writeDouble(observations[i][k]);
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        int dimensions = observations.length > 0 ? observations[0].length : 0;
        SavedSizes.check(in, "recent states", List.of("window", "observation dimensions"), states.length, dimensions);
        int savedSize = in.readInt();
        int savedNext = in.readInt();
        if (savedSize < 0 || savedSize > states.length || savedNext < 0 || savedNext >= states.length) {
            throw new IOException("the saved window keeps " + savedSize + " starts (next slot " + savedNext + ") of "
                    + states.length);
        }
        size = savedSize;
        nextSlot = savedNext;
        for (int i = 0; i < size; i++) {
            states[i] = in.readInt();
            actions[i] = in.readInt();
            for (int k = 0; k < dimensions; k++) {
                observations[i][k] = in.readDouble();
            }
        }
    }
}
