package dyna.api.model;

/**
 * A model that knows the predecessors of a state: every known pair (s', a') with an outcome
 * leading to it, as prioritized sweeping needs.
 */
public interface PredecessorModel extends Model {

    /** The number of pairs predicted to lead to {@code state}. */
    int predecessorCount(int state);

    /** The state of the {@code index}-th pair predicted to lead to {@code state}. */
    int predecessorState(int state, int index);

    /** The action of the {@code index}-th pair predicted to lead to {@code state}. */
    int predecessorAction(int state, int index);
}
