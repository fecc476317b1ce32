package dyna.api.model;

import dyna.api.env.Transition;

/**
 * A model that offers the whole distribution of outcomes of a known pair, for expected
 * updates. Outcomes are read one at a time into a caller's buffer, so nothing is allocated.
 *
 * <p>The outcomes of a pair are listed with positive probabilities that sum to 1. Two entries
 * may have the same next state and end flag (with different rewards, say): the distribution is
 * then the mixture of the entries, and every reader sums over them, so a model need not merge
 * them.
 */
public interface DistributionModel extends Model {

    /** The number of outcomes of the pair at the start of {@code query} (0 for an unknown pair). */
    int outcomeCount(Transition query);

    /**
     * Writes the {@code index}-th outcome of the pair at the start of {@code query} (next state,
     * its mean reward, terminated) into {@code query}, leaving its start as it was.
     *
     * @return its probability, above 0
     */
    double outcome(Transition query, int index);
}
