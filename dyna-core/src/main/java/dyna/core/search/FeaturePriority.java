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
    /** The feature whose predecessors are being served, or -1. */
    private int feature = -1;

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
            feature = queue.poll();
            for (int a = 0; a < actions; a++) {
                model.predecessors(feature, a, predecessors[a]);
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
     * Saved as {@code feature-priority/2}: the queue of features, as {@code priority-queue/1}
     * keeps pairs, then the sweep under way: the feature whose predecessors are being served (-1
     * for none), the action and the position among its predecessors ({@code int}s); read back, the
     * sweep goes on where it was (its predecessors are asked of the model again, which is read
     * first). Reads {@code feature-priority/1} too (the queue alone: a sweep under way starts again
     * from the queue).
     */
    @Override
    public String format() {
        return "feature-priority/2";
    }

    @Override
    public boolean reads(String format) {
        return format.equals(format()) || format.equals("feature-priority/1");
    }

    @Override
    public void write(DataOutput out) throws IOException {
        queue.write(out);
        boolean sweeping = action < actions;
        out.writeInt(sweeping ? feature : -1);
        out.writeInt(sweeping ? action : actions);
        out.writeInt(sweeping ? at : 0);
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        queue.read(in);
        feature = -1;
        action = actions;
        at = 0;
        if (format.equals("feature-priority/1")) {
            return;
        }
        int savedFeature = in.readInt();
        int savedAction = in.readInt();
        int savedAt = in.readInt();
        if (savedFeature < 0) {
            return;
        }
        if (savedFeature >= model.featureCount() || savedAction < 0 || savedAction >= actions || savedAt < 0) {
            throw new IOException("the saved sweep of feature " + savedFeature + ", action " + savedAction
                    + " does not fit " + model.featureCount() + " features and " + actions + " actions");
        }
        for (int a = 0; a < actions; a++) {
            model.predecessors(savedFeature, a, predecessors[a]);
        }
        if (savedAt > predecessors[savedAction].count()) {
            throw new IOException("the saved sweep is at predecessor " + savedAt + " of feature " + savedFeature
                    + ", which has " + predecessors[savedAction].count() + " under action " + savedAction);
        }
        feature = savedFeature;
        action = savedAction;
        at = savedAt;
    }
}
