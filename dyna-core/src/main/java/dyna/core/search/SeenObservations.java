package dyna.core.search;

import dyna.api.env.ObservationIndex;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.planning.SearchControl;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * {@code seen-pairs} over box observations: the Dyna-Q box's "random previously observed state,
 * then a random action previously taken in it", where a state is a distinct observation
 * (equal in every component). Both draws are uniform and O(1); the set grows with experience
 * (amortised O(1) per real step).
 */
final class SeenObservations implements SearchControl {

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
        if (o >= actionCount.length) {
            int grown = actionCount.length * 2;
            actionCount = Arrays.copyOf(actionCount, grown);
            drawable = Arrays.copyOf(drawable, grown);
            actionsOf = Arrays.copyOf(actionsOf, grown * actions);
            seen = Arrays.copyOf(seen, grown * actions);
        }
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
}
