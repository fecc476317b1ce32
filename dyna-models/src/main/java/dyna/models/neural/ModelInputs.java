package dyna.models.neural;

import dyna.api.env.Transition;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;

/**
 * A network's input for an observation and an action: the standardised observation followed by
 * the action: one-hot where actions are discrete, the action vector scaled from its box to [−1, 1]
 * where they are a box.
 */
final class ModelInputs {

    private final Standardizer observations;
    private final int dimensions;
    private final int discreteActions;
    private final Box box;

    ModelInputs(Standardizer observations, int dimensions, Space actions) {
        this.observations = observations;
        this.dimensions = dimensions;
        this.discreteActions = actions instanceof Discrete d ? d.n() : 0;
        this.box = actions instanceof Box b ? b : null;
    }

    /** The width of an input. */
    int width() {
        return dimensions + (box == null ? discreteActions : box.dimensions());
    }

    /** The numbers an action is kept as: 1 (its index) where actions are discrete, the box's dimensions otherwise. */
    int actionSize() {
        return box == null ? 1 : box.dimensions();
    }

    /** Whether the actions are a box. */
    boolean boxActions() {
        return box != null;
    }

    /**
     * Writes the input for {@code observation[from ..]} and the action kept at {@code
     * actions[actionFrom ..]} ({@link #actionSize()} numbers) into {@code out[to ..]}.
     */
    void encode(double[] observation, int from, double[] actions, int actionFrom, double[] out, int to) {
        observations.standardize(observation, from, out, to);
        if (box == null) {
            int action = (int) actions[actionFrom];
            for (int a = 0; a < discreteActions; a++) {
                out[to + dimensions + a] = a == action ? 1 : 0;
            }
            return;
        }
        for (int i = 0; i < box.dimensions(); i++) {
            double half = (box.high(i) - box.low(i)) / 2;
            out[to + dimensions + i] = (actions[actionFrom + i] - (box.low(i) + half)) / half;
        }
    }

    /** Writes the input for the start of {@code query} into {@code out}. */
    void encode(Transition query, double[] out) {
        observations.standardize(query.observation(), 0, out, 0);
        if (box == null) {
            int action = query.action();
            for (int a = 0; a < discreteActions; a++) {
                out[dimensions + a] = a == action ? 1 : 0;
            }
            return;
        }
        encode(query.observation(), 0, query.actionVector(), 0, out, 0);
    }
}
