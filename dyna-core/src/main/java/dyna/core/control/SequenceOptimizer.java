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
}
