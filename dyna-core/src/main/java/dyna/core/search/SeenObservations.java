package dyna.core.search;

import dyna.api.env.ObservationIndex;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * {@code seen-pairs} over box observations: the Dyna-Q box's "random previously observed state,
 * then a random action previously taken in it", where a state is a distinct observation
 * (equal in every component). Both draws are uniform and O(1); the set grows with experience
 * (amortised O(1) per real step).
 */
final class SeenObservations implements SearchControl, Savable {

    private final ObservationIndex index;
    private final Model model;
    private final int actions;
    private final RandomGenerator random;
    private final Transition probe;
    private final double[] observation;
    /** Observation numbers with at least one action, in order of their first action. */
    private int[] drawable = new int[64];
    private int drawableCount;
    private int[] actionCount = new int[64];
    private int[] actionsOf;
    private boolean[] seen;

    SeenObservations(int dimensions, int actions, Model model, RandomGenerator random) {
        this.index = new ObservationIndex(dimensions);
        this.model = model;
        this.actions = actions;
        this.random = random;
        this.probe = new Transition(dimensions);
        this.observation = new double[dimensions];
        this.actionsOf = new int[64 * actions];
        this.seen = new boolean[64 * actions];
    }

    @Override
    public void observe(Transition real) {
        if (!model.knows(real)) {
            return;     // a model that keeps nothing (no-model) leaves nothing to plan from
        }
        int o = index.add(real.observation());
        ensure(o);
        int taken = real.action();
        for (int a = 0; a < actions; a++) {
            if (a != taken && !seen[o * actions + a] && model.knows(probe.start(real.observation(), a))) {
                add(o, a);
            }
        }
        if (!seen[o * actions + taken]) {
            add(o, taken);
        }
    }

    /** Grows the per-observation arrays to hold observation {@code o}. */
    private void ensure(int o) {
        if (o >= actionCount.length) {
            int grown = Math.max(actionCount.length * 2, o + 1);
            actionCount = Arrays.copyOf(actionCount, grown);
            drawable = Arrays.copyOf(drawable, grown);
            actionsOf = Arrays.copyOf(actionsOf, grown * actions);
            seen = Arrays.copyOf(seen, grown * actions);
        }
    }

    private void add(int o, int action) {
        seen[o * actions + action] = true;
        if (actionCount[o] == 0) {
            drawable[drawableCount++] = o;
        }
        actionsOf[o * actions + actionCount[o]++] = action;
    }

    @Override
    public boolean next(Transition start) {
        if (drawableCount == 0) {
            return false;
        }
        int o = drawable[random.nextInt(drawableCount)];
        index.copy(o, observation);
        start.start(observation, actionsOf[o * actions + random.nextInt(actionCount[o])]);
        return true;
    }

    /**
     * Saved as {@code seen-observations/1}: observation dimensions and actions, the number of
     * observations seen ({@code int}s), then per observation in order of first sight: its
     * {@code double}s, its number of actions and those actions in order ({@code int}s).
     */
    @Override
    public String format() {
        return "seen-observations/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, observation.length, actions);
        out.writeInt(index.size());
        for (int o = 0; o < index.size(); o++) {
            index.copy(o, observation);
            for (double x : observation) {
                out.writeDouble(x);
            }
            out.writeInt(actionCount[o]);
            for (int k = 0; k < actionCount[o]; k++) {
                out.writeInt(actionsOf[o * actions + k]);
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "seen observations", List.of("observation dimensions", "actions"), observation.length,
                actions);
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < observation.length; k++) {
                observation[k] = in.readDouble();
            }
            int o = index.add(observation);
            ensure(o);
            int n = in.readInt();
            for (int k = 0; k < n; k++) {
                int a = in.readInt();
                if (a < 0 || a >= actions || seen[o * actions + a]) {
                    throw new IOException("the saved observation " + i + " lists action " + a + " twice or outside 0.."
                            + (actions - 1));
                }
                add(o, a);
            }
        }
    }
}
