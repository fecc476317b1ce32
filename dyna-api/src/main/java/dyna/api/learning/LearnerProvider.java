package dyna.api.learning;

import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;

/**
 * Creates learners from batches ({@link Learner}); found by {@link java.util.ServiceLoader}. The
 * kind's default, {@code no-learner}, is an agent without one: it learns through its action values,
 * update rule and policy.
 */
public interface LearnerProvider extends ComponentProvider {

    @Override
    default ComponentKind kind() {
        return ComponentKind.LEARNER;
    }

    /**
     * Creates a fresh learner for one run, drawing from {@code context.random()}. Refuse action
     * or observation spaces the learner cannot work with in one line naming it ({@code
     * context.actionBox(id())} does).
     *
     * @return the learner; only the built-in {@code no-learner} returns null, for an agent without one
     */
    Learner create(Parameters parameters, ComponentContext context);
}
