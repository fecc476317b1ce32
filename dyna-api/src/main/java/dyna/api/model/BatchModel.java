package dyna.api.model;

/**
 * A model that steps many rollouts at once, one batched pass through its networks instead of one
 * prediction at a time: how a controller evaluates a whole population of action sequences
 * (candidates × particles) per step of the horizon. Box observations; each rollout is a row.
 *
 * <p>The rows share a <em>batch state</em> that the model creates ({@link #newBatchState}), the
 * caller owns and reuses, and the model reads and writes: for an ensemble, the member that
 * propagates each row through the whole rollout (PETS' TS-∞), or none when each step draws
 * members afresh (TS-1), as the model's own propagation setting says.
 */
public interface BatchModel extends Model {

    /** A fresh batch state for batches of up to {@code rows} rollouts (create it once, not per batch). */
    Object newBatchState(int rows);

    /**
     * Begins {@code rows} rollouts, resetting {@code state} for them (for example drawing the
     * member that propagates each row).
     */
    void startBatch(int rows, Object state);

    /**
     * The next step of every row: reads each row's observation from {@code observations} (rows ×
     * observation dimensions) and its action from {@code actions} (rows × the actions' width: the
     * box's dimensions, or 1 for a discrete action, its index as a {@code double}), and writes the
     * predicted next observations into {@code next}, the rewards into {@code rewards} and the
     * probability that each row's episode ended with this step into {@code ends} (0 or 1 from a
     * model that is sure; a learned model's predicted probability, which a planner may weight the
     * rest of the rollout by, as Dreamer's continuation weights do). Any randomness comes from the
     * model's own stream; {@code next} may be {@code observations} itself.
     *
     * @throws IllegalStateException when the model knows no pair yet (see {@link #knows})
     */
    void sampleBatch(double[] observations, double[] actions, int rows, double[] next, double[] rewards,
            double[] ends, Object state);
}
