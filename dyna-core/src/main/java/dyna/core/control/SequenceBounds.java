package dyna.core.control;

import dyna.api.space.Box;

/**
 * The bounds of every entry of an action sequence: a box's bounds repeated over the horizon.
 *
 * @param horizon    actions per sequence
 * @param dimensions values per action
 * @param low        the lowest value of each entry, {@code horizon × dimensions} in time order
 * @param high       the highest value of each entry
 */
public record SequenceBounds(int horizon, int dimensions, double[] low, double[] high) {

    /** Checks the sizes and that each low is below its high. */
    public SequenceBounds {
        if (horizon < 1 || dimensions < 1 || low.length != horizon * dimensions || high.length != low.length) {
            throw new IllegalArgumentException("sequence bounds need horizon x dimensions values, not " + low.length
                    + " and " + high.length + " for " + horizon + " x " + dimensions);
        }
        for (int j = 0; j < low.length; j++) {
            if (!(low[j] < high[j])) {
                throw new IllegalArgumentException("sequence bounds need low < high, not " + low[j] + " and " + high[j]);
            }
        }
    }

    /** A box's bounds over {@code horizon} steps. */
    public static SequenceBounds of(Box actions, int horizon) {
        int d = actions.dimensions();
        double[] low = new double[horizon * d];
        double[] high = new double[horizon * d];
        for (int t = 0; t < horizon; t++) {
            for (int i = 0; i < d; i++) {
                low[t * d + i] = actions.low(i);
                high[t * d + i] = actions.high(i);
            }
        }
        return new SequenceBounds(horizon, d, low, high);
    }

    /** Entries per sequence. */
    public int length() {
        return low.length;
    }

    /** The middle of each entry's range: the sequence a planner starts from with no warm start. */
    public double[] middle() {
        double[] middle = new double[low.length];
        for (int j = 0; j < middle.length; j++) {
            middle[j] = 0.5 * (low[j] + high[j]);
        }
        return middle;
    }

    /**
     * Moves a plan one step on for the next decision: drops its first action and repeats the
     * middle of the range at the end (mbrl-lib's {@code keep_last_solution} with a replanning
     * interval of 1).
     */
    public void shift(double[] plan) {
        System.arraycopy(plan, dimensions, plan, 0, plan.length - dimensions);
        for (int j = plan.length - dimensions; j < plan.length; j++) {
            plan[j] = 0.5 * (low[j] + high[j]);
        }
    }
}
