package dyna.api.model;

import dyna.api.env.Step;

/**
 * A model that offers the whole distribution of outcomes of a known pair, for expected
 * updates. Outcomes are read one at a time into a caller's buffer, so nothing is allocated.
 */
public interface DistributionModel extends Model {

    /** The number of distinct outcomes of (s, a) the model predicts (0 for an unknown pair). */
    int outcomeCount(int state, int action);

    /**
     * Writes the {@code index}-th outcome of (s, a) (next state, its mean reward, terminated)
     * into {@code out}.
     *
     * @return its probability; the probabilities of all outcomes of a pair sum to 1
     */
    double outcome(int state, int action, int index, Step out);
}
