package dyna.core.agent;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.provider.ComponentKind;

/**
 * The model as planning asks it: each sample counted as one model query and checked (finite,
 * inside the observation space) before anything uses it, so that a model's fault is named as the
 * model's. Both kinds of planning context ask through it.
 */
final class ModelQueries {

    private final Model model;
    private final OutcomeCheck check;
    private long count;

    ModelQueries(Model model, OutcomeCheck check) {
        this.model = model;
        this.check = check;
    }

    /** A sample of the pair at the start of {@code query}, written into it. */
    Transition sample(Transition query) {
        count++;
        model.sample(query);
        return checked(query);
    }

    /** The next step of a rollout, through the model's rollout state. */
    Transition sample(Transition query, Object rolloutState) {
        count++;
        model.sample(query, rolloutState);
        return checked(query);
    }

    private Transition checked(Transition query) {
        if (!check.valid(query)) {
            throw check.failure(query, ComponentKind.MODEL, "its sample");
        }
        return query;
    }

    /** Samples asked so far. */
    long count() {
        return count;
    }
}
