package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The uniform distribution of updates (Sutton and Barto, section 8.6): every state-action pair
 * the model knows, in turn, in the order of their numbers {@code s * actions + a}, carrying on
 * where the last budget stopped. Pairs the model does not know are passed over; a whole cycle
 * without a known pair ends the budget.
 */
final class AllPairs implements SearchControl, Savable {

    private final Model model;
    private final int states;
    private final int actions;
    private final Transition probe = new Transition();
    private int pair;

    AllPairs(int states, int actions, Model model) {
        this.model = model;
        this.states = states;
        this.actions = actions;
    }

    @Override
    public void observe(Transition real) {
        // The model says which pairs are known; experience adds nothing here.
    }

    @Override
    public boolean next(Transition start) {
        int pairs = states * actions;
        for (int tried = 0; tried < pairs; tried++) {
            int s = pair / actions;
            int a = pair % actions;
            pair = pair + 1 == pairs ? 0 : pair + 1;
            if (model.knows(probe.start(s, a))) {
                start.start(s, a);
                return true;
            }
        }
        return false;
    }

    /** Saved as {@code all-pairs/1}: the number of pairs and the next pair in turn ({@code int}s). */
    @Override
    public String format() {
        return "all-pairs/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(states * actions);
        out.writeInt(pair);
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        int pairs = in.readInt();
        int saved = in.readInt();
        if (pairs != states * actions || saved < 0 || saved >= pairs) {
            throw new IOException("the saved turn is pair " + saved + " of " + pairs + ", but this search control has "
                    + states * actions + " pairs");
        }
        pair = saved;
    }
}
