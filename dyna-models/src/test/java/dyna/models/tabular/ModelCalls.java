package dyna.models.tabular;

import dyna.api.env.Transition;
import dyna.api.model.Model;

/** Shorthand for tests: the model SPI's transition buffers, called with plain numbers. */
final class ModelCalls {

    private ModelCalls() {
    }

    /** The model observes (s, a, r, s', terminated). */
    static void observe(Model model, int state, int action, double reward, int next, boolean terminated) {
        model.observe(new Transition().start(state, action).outcome(next, reward, terminated, false));
    }

    /** The model samples (s, a) into {@code out}. */
    static void sample(Model model, int state, int action, Transition out) {
        model.sample(out.start(state, action));
    }

    /** Whether the model knows (s, a). */
    static boolean knows(Model model, int state, int action) {
        return model.knows(new Transition().start(state, action));
    }

    /** The number of actions the model knows in {@code state}, of {@code actions}. */
    static int knownActions(Model model, int state, int actions) {
        int known = 0;
        for (int a = 0; a < actions; a++) {
            known += knows(model, state, a) ? 1 : 0;
        }
        return known;
    }
}
