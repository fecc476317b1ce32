package dyna.models.tabular;

import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;

/**
 * What the tabular models share: the set of seen pairs, drawn in O(1) by planners, and the
 * index of predecessors. Subclasses say what the outcomes are.
 */
abstract class TrackedModel implements DistributionModel, PredecessorModel {

    /** The pairs the model knows. */
    final ObservedPairs pairs;
    /** For each state, the known pairs that can lead to it. */
    final PredecessorIndex predecessors;

    TrackedModel(int states, int actions) {
        this.pairs = new ObservedPairs(states, actions);
        this.predecessors = new PredecessorIndex(states, actions);
    }

    @Override
    public final int observedStateCount() {
        return pairs.stateCount();
    }

    @Override
    public final int observedState(int index) {
        return pairs.state(index);
    }

    @Override
    public final int observedActionCount(int state) {
        return pairs.actionCount(state);
    }

    @Override
    public final int observedAction(int state, int index) {
        return pairs.action(state, index);
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
