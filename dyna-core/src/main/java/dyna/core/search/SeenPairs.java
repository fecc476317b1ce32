package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * The search control of the Dyna-Q box (Sutton and Barto, section 8.2): "S ← random previously
 * observed state; A ← random action previously taken in S", each drawn uniformly in O(1).
 * After each real step in S, every action the model now knows in S that is not yet in the set
 * enters it, the action taken last; so the actions a model fills in for a state it has seen (the
 * Dyna-Q+ model's untried actions) are planned from too.
 *
 * <p>Saved as {@code seen-pairs/1}: the number of states and of actions and the number of seen
 * states (three {@code int}s), then per seen state in order of first sight: the state, its number
 * of seen actions and those actions in order of first sight ({@code int}s).
 */
final class SeenPairs implements SearchControl, Savable {

    private final SeenPairSet pairs;
    private final int states;
    private final Model model;
    private final int actions;
    private final RandomGenerator random;
    private final Transition probe = new Transition();

    SeenPairs(int states, int actions, Model model, RandomGenerator random) {
        this.pairs = new SeenPairSet(states, actions);
        this.states = states;
        this.model = model;
        this.actions = actions;
        this.random = random;
    }

    @Override
    public void observe(Transition real) {
        int s = real.state();
        int taken = real.action();
        for (int a = 0; a < actions; a++) {
            if (a != taken && !pairs.contains(s, a) && model.knows(probe.start(s, a))) {
                pairs.add(s, a);
            }
        }
        if (model.knows(real)) {
            pairs.add(s, taken);
        }
    }

    @Override
    public boolean next(Transition start) {
        if (pairs.stateCount() == 0) {
            return false;
        }
        int s = pairs.state(random.nextInt(pairs.stateCount()));
        start.start(s, pairs.action(s, random.nextInt(pairs.actionCount(s))));
        return true;
    }

    @Override
    public String format() {
        return "seen-pairs/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        pairs.write(out, states);
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        pairs.read(in, states, "seen pairs");
    }
}
