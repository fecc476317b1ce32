package dyna.examples.windy.forgetting;

/**
 * How fast a model forgets: the factor by which the weight of what it saw fades over a number of
 * real steps. A component kind of this plugin's own ({@code forgetting}), chosen per run like a
 * model or a planner ({@code --forgetting ID}, {@code forgetting:} in experiment files, swept by a
 * list), and read by the forgetful model through its context.
 */
public interface Forgetting {

    /** The factor applied to a weight after {@code steps} real steps (1 for none), in [0, 1]. */
    double fade(long steps);
}
