package dyna.api.learning;

/**
 * Moves action values toward a target computed from one transition. Real transitions (direct
 * RL) and simulated ones (planning) go through the same rule.
 */
public interface UpdateRule {

    /**
     * Updates Q(s, a) from the transition (s, a, r, s', terminated).
     *
     * @param terminated whether s' is terminal, so that its value is not bootstrapped
     * @return the temporal-difference error before the update
     */
    double update(QTable values, int state, int action, double reward, int nextState, boolean terminated);

    /**
     * The temporal-difference error the update would use, without changing anything (for
     * planners that rank pairs by it).
     */
    double error(QTable values, int state, int action, double reward, int nextState, boolean terminated);
}
