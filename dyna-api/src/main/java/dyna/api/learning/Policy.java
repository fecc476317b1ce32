package dyna.api.learning;

/**
 * A behaviour policy: chooses a real action from the values of the current state's actions.
 * Any randomness comes from the policy's own stream, given at creation.
 */
public interface Policy {

    /**
     * Chooses an action.
     *
     * @param actionValues the value of each action in the current state (with any
     *                     action-selection bonus already added); the policy must not keep it
     * @return an action in {@code 0 .. actionValues.length - 1}
     */
    int select(double[] actionValues);

    /**
     * Writes the probability of each action under this policy given the values of the current
     * state into {@code out}, without drawing; for update rules whose target is an expectation
     * over the policy (expected Sarsa).
     *
     * @throws IllegalStateException when the policy cannot say (the default)
     */
    default void probabilities(double[] actionValues, double[] out) {
        throw new IllegalStateException("the policy " + getClass().getName() + " does not give its action "
                + "probabilities, which an expected update rule needs");
    }
}
