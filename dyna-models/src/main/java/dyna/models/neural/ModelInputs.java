package dyna.models.neural;

/**
 * A network's input for an observation and an action: the standardised observation followed by
 * the action one-hot.
 */
final class ModelInputs {

    private final Standardizer observations;
    private final int dimensions;
    private final int actions;

    ModelInputs(Standardizer observations, int dimensions, int actions) {
        this.observations = observations;
        this.dimensions = dimensions;
        this.actions = actions;
    }

    /** The width of an input. */
    int width() {
        return dimensions + actions;
    }

    /** Writes the input for {@code observation[from ..]} and {@code action} into {@code out[to ..]}. */
    void encode(double[] observation, int from, int action, double[] out, int to) {
        observations.standardize(observation, from, out, to);
        for (int a = 0; a < actions; a++) {
            out[to + dimensions + a] = a == action ? 1 : 0;
        }
    }
}
