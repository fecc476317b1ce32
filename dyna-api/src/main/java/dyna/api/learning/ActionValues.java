package dyna.api.learning;

/**
 * Action values Q(s, a) over the features of a state: tabular ({@link QTable}, whose features
 * are one-hot) or linear, Q(s, a) = w_a · x(s). Update rules work through this interface, so one
 * rule serves both: on linear values, Q-learning is semi-gradient Q-learning. Nothing here
 * allocates.
 */
public interface ActionValues {

    /** The number of actions. */
    int actions();

    /** Q(s, a) for the state whose features are {@code x}. */
    double value(FeatureVector x, int action);

    /** max over a of Q(s, a). */
    double max(FeatureVector x);

    /** Writes Q(s, a) for every action into {@code out}, which has at least {@link #actions()} elements. */
    void values(FeatureVector x, double[] out);

    /**
     * Moves Q(s, a) by a step along its gradient: w_a ← w_a + step · x(s) (for tabular values,
     * Q(s, a) ← Q(s, a) + step). An update rule passes α · δ.
     */
    void add(FeatureVector x, int action, double step);
}
