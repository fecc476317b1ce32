package dyna.models.tabular;

import dyna.api.env.FlatTransitions;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import java.util.random.RandomGenerator;

/**
 * The environment's true dynamics as a model, for planning studies in which the model is given
 * rather than learned (Sutton and Barto, sections 8.5 and 8.6). Every pair with outcomes is
 * known from the start; real transitions teach it nothing.
 */
final class KnownDynamicsModel extends TrackedModel {

    private final FlatTransitions table;
    private final RandomGenerator random;

    KnownDynamicsModel(TransitionTable dynamics, RandomGenerator random) {
        super(dynamics.stateCount(), dynamics.actionCount());
        this.table = new FlatTransitions(dynamics);
        this.random = random;
        int actions = table.actions();
        for (int s = 0; s < table.states(); s++) {
            for (int a = 0; a < actions; a++) {
                int pair = s * actions + a;
                for (int i = table.first(pair); i < table.end(pair); i++) {
                    predecessors.add(table.next(i), s, a);
                }
                if (table.end(pair) > table.first(pair)) {
                    pairs.add(s, a);
                }
            }
        }
    }

    @Override
    public void observe(int state, int action, double r, int nextState, boolean terminated) {
        // The dynamics are given; experience changes nothing.
    }

    @Override
    public void sample(int state, int action, Step out) {
        int pair = state * table.actions() + action;
        int i = table.first(pair);
        int last = table.end(pair) - 1;
        if (last < i) {
            throw new IllegalArgumentException("state " + state + " has no outcomes for action " + action);
        }
        double u = random.nextDouble();
        while (i < last && u >= table.probability(i)) {
            u -= table.probability(i);
            i++;
        }
        write(i, out);
    }

    @Override
    public int outcomeCount(int state, int action) {
        int pair = state * table.actions() + action;
        return table.end(pair) - table.first(pair);
    }

    @Override
    public double outcome(int state, int action, int index, Step out) {
        if (index < 0 || index >= outcomeCount(state, action)) {
            throw new IndexOutOfBoundsException("outcome " + index + " of " + outcomeCount(state, action));
        }
        int i = table.first(state * table.actions() + action) + index;
        write(i, out);
        return table.probability(i);
    }

    private void write(int i, Step out) {
        out.set(table.next(i), table.reward(i), table.terminal(i), false);
    }
}
