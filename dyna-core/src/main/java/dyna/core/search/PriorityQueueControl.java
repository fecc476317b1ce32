package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The search control of prioritized sweeping (Sutton and Barto, section 8.4, after Moore and
 * Atkeson): pairs are queued by the size of their error |δ| when it exceeds θ, and served
 * largest first; after a real step in S, and after each update of a pair from S, the pairs
 * predicted to lead to S are considered. A queued pair keeps the larger of its priorities;
 * equal priorities are served first in, first out. With a model that offers distributions,
 * priorities are expected errors over all of a pair's outcomes; otherwise errors of one
 * sampled outcome (each such sample counts as a model query). The agent's direct update of the
 * real step plays the part of the book's first update: so (S, A) is queued with the error left
 * after it, and the predecessors of S are considered at once.
 */
final class PriorityQueueControl implements SearchControl, Savable {

    private final PlanningContext planning;
    private final PredecessorModel model;
    private final boolean expected;
    private final int actions;
    private final double theta;
    private final PairPriorityQueue queue;
    private final Transition probe;

    PriorityQueueControl(int states, int actions, PlanningContext planning, double theta) {
        this.planning = planning;
        this.model = (PredecessorModel) planning.model();
        this.expected = planning.model() instanceof DistributionModel;
        this.actions = actions;
        this.theta = theta;
        this.queue = new PairPriorityQueue(Math.multiplyExact(states, actions));
        this.probe = planning.newTransition();
    }

    @Override
    public void observe(Transition real) {
        consider(real.state(), real.action());
        considerPredecessors(real.state());
    }

    @Override
    public boolean next(Transition start) {
        if (queue.isEmpty()) {
            return false;
        }
        int pair = queue.poll();
        start.start(pair / actions, pair % actions);
        return true;
    }

    @Override
    public void updated(Transition start, double error) {
        considerPredecessors(start.state());
    }

    private void considerPredecessors(int s) {
        for (int k = 0; k < model.predecessorCount(s); k++) {
            consider(model.predecessorState(s, k), model.predecessorAction(s, k));
        }
    }

    private void consider(int s, int a) {
        probe.start(s, a);
        double error = expected ? planning.expectedError(probe) : planning.error(planning.simulate(probe));
        if (Math.abs(error) > theta) {
            queue.offer(s * actions + a, Math.abs(error));
        }
    }

    /**
     * Saved as {@code priority-queue/1}: the number of pairs ({@code int}) and the next arrival
     * number ({@code long}), then the queued pairs in heap order: pair ({@code int}), priority
     * ({@code double}) and arrival ({@code long}) each.
     */
    @Override
    public String format() {
        return "priority-queue/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        queue.write(out);
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        queue.read(in);
    }
}
