package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * {@code seen-pairs} where the actions are a box: the start (observation and action vector) of
 * a uniformly random real transition the model knows, as Dyna-Q draws a seen pair; no two box
 * actions are alike, so each real start is a pair of its own. O(1) per draw; grows with
 * experience.
 */
final class SeenBoxPairs implements SearchControl, Savable {

    private final Model model;
    private final RandomGenerator random;
    private final int dimensions;
    private final int actionDimensions;
    private final double[] observation;
    private final double[] action;
    private double[] observations = new double[0];
    private double[] actions = new double[0];
    private int count;

    SeenBoxPairs(int dimensions, int actionDimensions, Model model, RandomGenerator random) {
        this.model = model;
        this.random = random;
        this.dimensions = dimensions;
        this.actionDimensions = actionDimensions;
        this.observation = new double[dimensions];
        this.action = new double[actionDimensions];
    }

    @Override
    public void observe(Transition real) {
        if (!model.knows(real)) {
            return;     // a model that keeps nothing (no-model) leaves nothing to plan from
        }
        if ((count + 1) * dimensions > observations.length) {
            int grown = Math.max(64, 2 * count);
            observations = Arrays.copyOf(observations, grown * dimensions);
            actions = Arrays.copyOf(actions, grown * actionDimensions);
        }
        System.arraycopy(real.observation(), 0, observations, count * dimensions, dimensions);
        System.arraycopy(real.actionVector(), 0, actions, count * actionDimensions, actionDimensions);
        count++;
    }

    @Override
    public boolean next(Transition start) {
        if (count == 0) {
            return false;
        }
        int i = random.nextInt(count);
        System.arraycopy(observations, i * dimensions, observation, 0, dimensions);
        System.arraycopy(actions, i * actionDimensions, action, 0, actionDimensions);
        start.start(observation, action);
        return true;
    }

    /**
     * Saved as {@code seen-box-pairs/1}: the observation and action dimensions, the number of
     * pairs ({@code int}s), then each pair's observation and action ({@code double}s), oldest first.
     */
    @Override
    public String format() {
        return "seen-box-pairs/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, dimensions, actionDimensions);
        out.writeInt(count);
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < dimensions; k++) {
                out.writeDouble(observations[i * dimensions + k]);
            }
            for (int k = 0; k < actionDimensions; k++) {
                out.writeDouble(actions[i * actionDimensions + k]);
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "seen box pairs", List.of("observation dimensions", "action dimensions"), dimensions,
                actionDimensions);
        int saved = in.readInt();
        if (saved < 0) {
            throw new IOException("a negative number of pairs: " + saved);
        }
        observations = new double[saved * dimensions];
        actions = new double[saved * actionDimensions];
        for (int i = 0; i < saved; i++) {
            for (int k = 0; k < dimensions; k++) {
                observations[i * dimensions + k] = in.readDouble();
            }
            for (int k = 0; k < actionDimensions; k++) {
                actions[i * actionDimensions + k] = in.readDouble();
            }
        }
        count = saved;
    }
}
