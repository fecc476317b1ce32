package dyna.api.learning;

/**
 * Tabular action values Q(s, a), stored in one flat {@code double[]} indexed
 * {@code state * actions + action}. All values start at 0. As {@link ActionValues}, a state's
 * features are one-hot: the first active index is the state.
 */
public final class QTable implements ActionValues {

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
        return values[x.index(0) * actions + action];
    }

    @Override
    public double max(FeatureVector x) {
        return max(x.index(0));
    }

    @Override
    public void values(FeatureVector x, double[] out) {
        copyRow(x.index(0), out);
    }

    @Override
    public void add(FeatureVector x, int action, double step) {
        values[x.index(0) * actions + action] += step;
    }

    /** A copy of all values, indexed {@code state * actions + action}. */
    public double[] toArray() {
        return values.clone();
    }
}
