package dyna.api.learning;

import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Tabular action values Q(s, a), stored in one flat {@code double[]} indexed
 * {@code state * actions + action}. All values start at 0. As {@link ActionValues}, a state's
 * features are one-hot (the active index is the state) and read one entry; any other feature
 * vector x (an expectation model's expected next features, say) reads Σ_i x_i Q(i, a), as
 * linear values over one-hot features would.
 *
 * <p>Saved as {@code q-table/1}: the number of states and of actions (two {@code int}s), then
 * every value, Q(0, 0), Q(0, 1), ..., as {@code double}s.
 */
public final class QTable implements ActionValues, Savable {

    private final int states;
    private final int actions;
    private final double[] values;

    /** A table of zeros for {@code states} states and {@code actions} actions. */
    public QTable(int states, int actions) {
        if (states < 1 || actions < 1) {
            throw new IllegalArgumentException("a Q-table needs at least one state and one action");
        }
        this.states = states;
        this.actions = actions;
        this.values = new double[Math.multiplyExact(states, actions)];
    }

    /** The number of states. */
    public int states() {
        return states;
    }

    /** The number of actions. */
    @Override
    public int actions() {
        return actions;
    }

    /** Q(s, a). */
    public double get(int state, int action) {
        return values[state * actions + action];
    }

    /** Sets Q(s, a). */
    public void set(int state, int action, double value) {
        values[state * actions + action] = value;
    }

    /** Adds {@code delta} to Q(s, a). */
    public void add(int state, int action, double delta) {
        values[state * actions + action] += delta;
    }

    /** max over a of Q(s, a). */
    public double max(int state) {
        int base = state * actions;
        double best = values[base];
        for (int a = 1; a < actions; a++) {
            double v = values[base + a];
            if (v > best) {
                best = v;
            }
        }
        return best;
    }

    /** Copies Q(s, ·) into {@code out}, which must have at least {@link #actions()} elements. */
    public void copyRow(int state, double[] out) {
        System.arraycopy(values, state * actions, out, 0, actions);
    }

    @Override
    public double value(FeatureVector x, int action) {
        if (oneHot(x)) {
            return values[x.index(0) * actions + action];
        }
        double value = 0;
        for (int k = 0; k < x.count(); k++) {
            value += values[x.index(k) * actions + action] * x.value(k);
        }
        return value;
    }

    @Override
    public double max(FeatureVector x) {
        if (oneHot(x)) {
            return max(x.index(0));
        }
        double best = value(x, 0);
        for (int a = 1; a < actions; a++) {
            best = Math.max(best, value(x, a));
        }
        return best;
    }

    @Override
    public void values(FeatureVector x, double[] out) {
        if (oneHot(x)) {
            copyRow(x.index(0), out);
            return;
        }
        for (int a = 0; a < actions; a++) {
            out[a] = value(x, a);
        }
    }

    @Override
    public void add(FeatureVector x, int action, double step) {
        if (oneHot(x)) {
            values[x.index(0) * actions + action] += step;
            return;
        }
        for (int k = 0; k < x.count(); k++) {
            values[x.index(k) * actions + action] += step * x.value(k);
        }
    }

    private static boolean oneHot(FeatureVector x) {
        return x.count() == 1 && x.binary();
    }

    /** A copy of all values, indexed {@code state * actions + action}. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public String format() {
        return "q-table/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, states, actions);
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "Q-table", List.of("states", "actions"), states, actions);
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
    }
}
