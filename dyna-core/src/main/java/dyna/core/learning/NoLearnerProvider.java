package dyna.core.learning;

import dyna.api.learning.Learner;
import dyna.api.learning.LearnerProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;

/** Provides the absence of a learner from batches, {@code no-learner}: the agent learns through its values. */
public final class NoLearnerProvider implements LearnerProvider {

    @Override
    public String id() {
        return "no-learner";
    }

    @Override
    public String description() {
        return "No learner from batches: the agent learns through its action values, update rule and policy (Dyna-Q)";
    }

    /** Returns null: the agent is value-based. */
    @Override
    public Learner create(Parameters parameters, ComponentContext context) {
        return null;
    }
}
