package dyna.core.compose;

import dyna.api.learning.Learner;
import dyna.api.provider.ComponentContext;

/** The factory behind the agent's {@link Slots slot} for its learner from batches. */
@FunctionalInterface
public interface LearnerFactory {

    /** Creates a fresh learner for one run, or null for an agent that learns through its action values. */
    Learner create(ComponentContext context);
}
