package dyna.core.control;

/**
 * Searches action sequences for a high value of an objective: the optimiser of a decision-time
 * planner (random shooting, the cross-entropy method, MPPI). One instance serves one caller, and
 * draws from its own random stream.
 */
public interface SequenceOptimizer {

    /**
     * Improves {@code plan} in place: it holds the warm start (the last plan shifted, or the
     * middle of the bounds) and receives the sequence found.
     */
    void optimize(SequenceObjective objective, double[] plan);

    /**
     * Improves {@code plan} as {@link #optimize(SequenceObjective, double[])} does, with {@code
     * count} given sequences ({@code proposals}, one after another) evaluated beside each
     * iteration's own draws and eligible as elites: TD-MPC's plans from the agent's policy. By
     * default the proposals are ignored.
     */
    default void optimize(SequenceObjective objective, double[] plan, double[] proposals, int count) {
        optimize(objective, plan);
    }
}
