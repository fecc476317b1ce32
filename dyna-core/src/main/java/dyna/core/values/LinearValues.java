package dyna.core.values;

import dyna.api.learning.ActionValues;
import dyna.api.learning.FeatureVector;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Linear action values Q(s, a) = w_a · x(s), one weight vector per action over the features,
 * stored interleaved ({@code w[i * actions + a]}) so that the values of every action at one
 * feature lie together. All weights start at 0. Over one-hot features these are exactly the
 * values of a Q-table.
 *
 * <p>Saved as {@code linear-values/1}: the number of features and of actions (two {@code
 * int}s), then every weight in the order above, as {@code double}s.
 */
final class LinearValues implements ActionValues, Savable {

    private final int actions;
    private final double[] weights;
    private final double[] row;

    LinearValues(int features, int actions) {
        this.actions = actions;
        this.weights = new double[Math.multiplyExact(features, actions)];
        this.row = new double[actions];
    }

    @Override
    public int actions() {
        return actions;
    }

    @Override
    public double value(FeatureVector x, int action) {
        double value = 0;
        if (x.binary()) {
            for (int k = 0; k < x.count(); k++) {
                value += weights[x.index(k) * actions + action];
            }
        } else {
            for (int k = 0; k < x.count(); k++) {
                value += weights[x.index(k) * actions + action] * x.value(k);
            }
        }
        return value;
    }

    @Override
    public void values(FeatureVector x, double[] out) {
        // One pass over x: the weights of a feature's actions are contiguous. The classic tasks'
        // two and three actions get their sums in locals (registers) rather than in out.
        if (actions == 3) {
            values3(x, out);
            return;
        }
        if (actions == 2) {
            values2(x, out);
            return;
        }
        java.util.Arrays.fill(out, 0, actions, 0.0);
        for (int k = 0; k < x.count(); k++) {
            int base = x.index(k) * actions;
            double v = x.value(k);
            for (int a = 0; a < actions; a++) {
                out[a] += weights[base + a] * v;
            }
        }
    }

    private void values3(FeatureVector x, double[] out) {
        double q0 = 0;
        double q1 = 0;
        double q2 = 0;
        for (int k = 0; k < x.count(); k++) {
            int base = x.index(k) * 3;
            double v = x.value(k);
            q0 += weights[base] * v;
            q1 += weights[base + 1] * v;
            q2 += weights[base + 2] * v;
        }
        out[0] = q0;
        out[1] = q1;
        out[2] = q2;
    }

    private void values2(FeatureVector x, double[] out) {
        double q0 = 0;
        double q1 = 0;
        for (int k = 0; k < x.count(); k++) {
            int base = x.index(k) * 2;
            double v = x.value(k);
            q0 += weights[base] * v;
            q1 += weights[base + 1] * v;
        }
        out[0] = q0;
        out[1] = q1;
    }

    @Override
    public double max(FeatureVector x) {
        values(x, row);
        double best = row[0];
        for (int a = 1; a < actions; a++) {
            if (row[a] > best) {
                best = row[a];
            }
        }
        return best;
    }

    @Override
    public void add(FeatureVector x, int action, double step) {
        if (x.binary()) {
            for (int k = 0; k < x.count(); k++) {
                weights[x.index(k) * actions + action] += step;
            }
        } else {
            for (int k = 0; k < x.count(); k++) {
                weights[x.index(k) * actions + action] += step * x.value(k);
            }
        }
    }

    /** A copy of the weights, {@code w[i * actions + a]}. */
    double[] weights() {
        return weights.clone();
    }

    @Override
    public String format() {
        return "linear-values/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, weights.length / actions, actions);
        for (double weight : weights) {
            out.writeDouble(weight);
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "linear values", List.of("features", "actions"), weights.length / actions, actions);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readDouble();
        }
    }
}
