package dyna.models.tabular;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;

/**
 * What the tabular models share: which pairs they know, answered in O(1), and the index of
 * predecessors. Subclasses say what the outcomes are.
 */
abstract class TrackedModel implements DistributionModel, PredecessorModel {

    private final int actions;
    /** Whether the model knows each pair {@code s * actions + a}. */
    private final boolean[] known;
    /** For each state, the known pairs that can lead to it. */
    final PredecessorIndex predecessors;

    TrackedModel(int states, int actions) {
        this.actions = actions;
        this.known = new boolean[Math.multiplyExact(states, actions)];
        this.predecessors = new PredecessorIndex(states, actions);
    }

    /** Marks (s, a) known. */
    final void know(int state, int action) {
        known[state * actions + action] = true;
    }

    /** Whether (s, a) is known. */
    final boolean knows(int state, int action) {
        return known[state * actions + action];
    }

    @Override
    public final boolean knows(Transition query) {
        return knows(query.state(), query.action());
    }

    /**
     * The number of the pair at the start of {@code query}, {@code s * actions + a}.
     *
     * @throws IllegalArgumentException when the model does not know the pair
     */
    final int knownPair(Transition query) {
        if (!knows(query.state(), query.action())) {
            throw new IllegalArgumentException("the model has never seen action " + query.action() + " in state "
                    + query.state());
        }
        return query.state() * actions + query.action();
    }

    @Override
    public final int predecessorCount(int state) {
        return predecessors.count(state);
    }

    @Override
    public final int predecessorState(int state, int index) {
        return predecessors.state(state, index);
    }

    @Override
    public final int predecessorAction(int state, int index) {
        return predecessors.action(state, index);
    }
}
