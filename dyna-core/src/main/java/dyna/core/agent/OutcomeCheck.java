package dyna.core.agent;

import dyna.api.env.Transition;
import dyna.api.provider.ComponentKind;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Arrays;

/**
 * Checks an outcome that a component wrote (an environment's step, a model's sample) against
 * the observation space, at the cost of a comparison or two per value: a reward that is a finite
 * number, and a next state in range or a next observation within the box (which a NaN never is).
 * A fault is a {@link ComponentFailure} naming the kind at fault, so that the run is reported
 * against that component rather than the one that would trip over the value later.
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
        return box == null ? Integer.compareUnsigned(t.nextState(), states) < 0 : box.contains(t.nextObservation());
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
                + ", action " + t.action();
    }

    private String describe(Transition t) {
        String next = box == null ? "next state " + t.nextState() + " (valid: 0 to " + (states - 1) + ")"
                : "next observation " + Arrays.toString(t.nextObservation()) + " (valid: within "
                        + box.describe() + ")";
        return next + " and reward " + t.reward();
    }
}
