package dyna.core.control;

/**
 * What a decision-time planner maximises: the value of each action sequence of a population,
 * evaluated all at once so that a model can predict a whole population in one batched pass.
 */
@FunctionalInterface
public interface SequenceObjective {

    /**
     * Writes the value (higher is better) of each candidate into {@code values}.
     *
     * @param candidates  the population, candidate after candidate, each {@code horizon × action
     *                    dimensions} values in time order
     * @param population  how many candidates {@code candidates} holds
     * @param values      one value per candidate, written by the call
     */
    void evaluate(double[] candidates, int population, double[] values);
}
