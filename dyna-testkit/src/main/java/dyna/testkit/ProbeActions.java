package dyna.testkit;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The actions the checkers take and probe with, for either kind of action space: uniformly random
 * {@code int}s of a {@link Discrete} space, or vectors drawn uniformly from a {@link Box}.
 */
final class ProbeActions {

    private final Discrete discrete;
    private final Box box;

    ProbeActions(Space space) {
        this.discrete = space instanceof Discrete d ? d : null;
        this.box = space instanceof Box b ? b : null;
    }

    /** Whether the actions are a box. */
    boolean box() {
        return box != null;
    }

    /** The number of discrete actions; 0 for a box. */
    int count() {
        return discrete == null ? 0 : discrete.n();
    }

    /** Draws a random action into the start of {@code into}: its {@code action()} or its {@code actionVector()}. */
    void draw(SplittableRandom random, Transition into) {
        if (box == null) {
            into.start(into.state(), random.nextInt(discrete.n()));
            return;
        }
        double[] action = into.actionVector();
        for (int i = 0; i < action.length; i++) {
            action[i] = box.low(i) + (box.high(i) - box.low(i)) * random.nextDouble();
        }
    }

    /**
     * Takes the action at the start of {@code taken} in the environment.
     *
     * @return whether the environment left the action it was given as it was (a box action is
     *         only to be read)
     */
    boolean take(Environment environment, Transition taken, Step out) {
        if (box == null) {
            environment.step(taken.action(), out);
            return true;
        }
        double[] given = taken.actionVector().clone();
        environment.step(given, out);
        return java.util.Arrays.equals(given, taken.actionVector());
    }

    /**
     * The pairs to probe at the start of {@code at}: its state or observation with every discrete
     * action, or with its own box action and the box's centre.
     */
    List<Transition> pairs(Transition at) {
        List<Transition> pairs = new ArrayList<>();
        if (box == null) {
            for (int a = 0; a < discrete.n(); a++) {
                pairs.add(copy(at).start(at.state(), a));
            }
            return pairs;
        }
        pairs.add(copy(at));
        Transition centre = copy(at);
        for (int i = 0; i < box.dimensions(); i++) {
            centre.actionVector()[i] = (box.low(i) + box.high(i)) / 2;
        }
        pairs.add(centre);
        return pairs;
    }

    private static Transition copy(Transition at) {
        return new Transition(at.dimensions(), at.actionDimensions(), 1).startOf(at);
    }
}
