package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Prioritized sweeping over features, the variant of Sutton et al. (2008, algorithm 3) after
 * McMahan and Gordon: features whose values changed are queued by the size of the change, and
 * the largest is served first by backing up each of its <em>preceding features</em> j (F^a_ij ≠
 * 0, for every action a), each from x = e_j, each backup one planning update; a backed-up j
 * enters the queue at |δ_j| when that exceeds θ. A real step queues each active feature i at
 * |δ x_i|, δ the direct update's error before it was made. A popped feature's predecessors are
 * served over as many planning steps as they need, so the budget counts backups, not pops.
 */
final class FeaturePriority implements SearchControl, Savable {

    private final ExpectationModel model;
    private final int actions;
    private final double theta;
    private final PairPriorityQueue queue;
    private final FeatureVector[] predecessors;
    private int action;
    private int at;

    FeaturePriority(ExpectationModel model, int actions, double theta) {
        this.model = model;
        this.actions = actions;
        this.theta = theta;
        this.queue = new PairPriorityQueue(model.featureCount());
        this.predecessors = new FeatureVector[actions];
        for (int a = 0; a < actions; a++) {
            predecessors[a] = new FeatureVector(model.featureCount());
        }
        this.action = actions;
    }

    @Override
    public void observe(Transition real) {
        observe(real, 0);
    }

    @Override
    public void observe(Transition real, double error) {
        FeatureVector x = real.features();
        for (int k = 0; k < x.count(); k++) {
            offer(x.index(k), Math.abs(error * x.value(k)));
        }
    }

    @Override
    public boolean next(Transition start) {
        while (true) {
            while (action < actions) {
                if (at < predecessors[action].count()) {
                    start.start(-1, action);
                    start.features().oneHot(predecessors[action].index(at++));
                    return true;
                }
                action++;
                at = 0;
            }
            if (queue.isEmpty()) {
                return false;
            }
            int i = queue.poll();
            for (int a = 0; a < actions; a++) {
                model.predecessors(i, a, predecessors[a]);
            }
            action = 0;
            at = 0;
        }
    }

    @Override
    public void updated(Transition start, double error) {
        offer(start.features().index(0), Math.abs(error));
    }

    private void offer(int feature, double priority) {
        if (priority > theta) {
            queue.offer(feature, priority);
        }
    }

    /**
     * Saved as {@code feature-priority/1}: the queue of features, as {@code priority-queue/1}
     * keeps pairs; a sweep over a feature's predecessors under way starts again from the queue.
     */
    @Override
    public String format() {
        return "feature-priority/1";
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
