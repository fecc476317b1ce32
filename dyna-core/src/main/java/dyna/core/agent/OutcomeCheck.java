package dyna.core.agent;

import dyna.api.env.Transition;
import dyna.api.provider.ComponentKind;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Arrays;

/**
 * Checks an outcome that a model wrote (a sample, an outcome of its distribution) against the
 * observation space, at the cost of a comparison or two per value: a reward that is a finite
 * number, and a next state in range or a next observation of finite numbers. A learned model may
 * predict a little outside a box's bounds (a cosine of 1.01 after a few hundred steps of
 * training): that is an error of the model, which {@code model_error} measures, not a fault, so
 * a box's bounds are not held against a model (they are against an environment, whose steps the
 * agent checks). A fault is a {@link ComponentFailure} naming the kind at fault, so that the run
 * is reported against that component rather than the one that would trip over the value later.
 */
final class OutcomeCheck {

    private final int states;
    private final Box box;

    OutcomeCheck(Space observations) {
        this.states = observations instanceof Discrete discrete ? discrete.n() : 0;
        this.box = observations instanceof Box b ? b : null;
    }

    /**
     * The failure of an outcome that is not {@link #valid}, for the caller to throw.
     *
     * @param kind the kind of component that wrote it
     * @param what what it was, for the message (for example "its sample"), followed by the start
     */
    ComponentFailure failure(Transition t, ComponentKind kind, String what) {
        return new ComponentFailure(kind, what + " of " + start(t) + " gave " + describe(t));
    }

    /** Whether the reward is finite and the next state or observation lies in the space. */
    boolean valid(Transition t) {
        if (!finite(t.reward())) {
            return false;
        }
        return box == null ? Integer.compareUnsigned(t.nextState(), states) < 0 : finite(t.nextObservation());
    }

    /** Whether every value is a finite number: one test for the whole vector. */
    private static boolean finite(double[] values) {
        double sum = 0;
        for (double x : values) {
            sum += x * 0;     // NaN for a NaN or an infinity, else 0
        }
        return sum == 0;
    }

    /** Whether {@code p} is a probability, in [0, 1]. */
    static boolean probability(double p) {
        return p >= 0 && p <= 1;
    }

    /** Whether {@code x} is a finite number. */
    static boolean finite(double x) {
        return Math.abs(x) <= Double.MAX_VALUE;
    }

    /** The start of {@code t} as a message names it: "state 3, action 1", or the observation and action. */
    String start(Transition t) {
        return (box == null ? "state " + t.state() : "observation " + Arrays.toString(t.observation()))
                + ", action " + (t.actionDimensions() > 0 ? Arrays.toString(t.actionVector()) : t.action());
    }

    private String describe(Transition t) {
        String next = box == null ? "next state " + t.nextState() + " (valid: 0 to " + (states - 1) + ")"
                : "next observation " + Arrays.toString(t.nextObservation()) + " (valid: finite numbers)";
        return next + " and reward " + t.reward();
    }
}
