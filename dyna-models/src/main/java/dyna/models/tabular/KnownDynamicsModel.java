package dyna.models.tabular;

import dyna.api.env.FlatTransitions;
import dyna.api.env.Transition;
import dyna.api.env.TransitionTable;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.util.random.RandomGenerator;

/**
 * The environment's true dynamics as a model, for planning studies in which the model is given
 * rather than learned (Sutton and Barto, sections 8.5 and 8.6). Every pair with outcomes is
 * known from the start; real transitions teach it nothing.
 */
final class KnownDynamicsModel extends TrackedModel implements Savable {

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
                    know(s, a);
                }
            }
        }
    }

    @Override
    public void observe(Transition real) {
        // The dynamics are given; experience changes nothing.
    }

    @Override
    public void sample(Transition query) {
        int pair = knownPair(query);
        int i = table.first(pair);
        int last = table.end(pair) - 1;
        double u = random.nextDouble();
        while (i < last && u >= table.probability(i)) {
            u -= table.probability(i);
            i++;
        }
        write(i, query);
    }

    @Override
    public int outcomeCount(Transition query) {
        int pair = query.state() * table.actions() + query.action();
        return table.end(pair) - table.first(pair);
    }

    @Override
    public double outcome(Transition query, int index) {
        if (index < 0 || index >= outcomeCount(query)) {
            throw new IndexOutOfBoundsException("outcome " + index + " of " + outcomeCount(query));
        }
        int i = table.first(query.state() * table.actions() + query.action()) + index;
        write(i, query);
        return table.probability(i);
    }

    private void write(int i, Transition out) {
        out.outcome(table.next(i), table.reward(i), table.terminal(i), false);
    }

    /** Saved as {@code known-dynamics/1}, with no bytes: it learns nothing, the transition table is given. */
    @Override
    public String format() {
        return "known-dynamics/1";
    }

    @Override
    public void write(DataOutput out) {
        // Nothing is learned.
    }

    @Override
    public void read(DataInput in, String format) {
        // Nothing is learned.
    }
}
