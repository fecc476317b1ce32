package dyna.api.metric;

import dyna.api.env.Transition;
import dyna.api.run.EpisodeResult;

/**
 * Measures one run, episode by episode. Created fresh for each run, before its first step, and
 * called on the run's thread. A metric reads the agent (its {@link AgentView}), never changes it.
 */
public interface Metric {

    /**
     * Whether {@link #step} is to be called for every real transition (for a metric that keeps
     * the states the agent visits); by default not, and a metric that does not costs nothing per step.
     */
    default boolean observesSteps() {
        return false;
    }

    /**
     * A real transition, after the agent's direct update and the model's learning, before planning.
     * The transition is the agent's own buffer and changes at the next step: copy what is kept.
     */
    default void step(Transition real) {
    }

    /**
     * An episode ended: writes this metric's value of each of its {@link MetricProvider#columns()
     * columns}, in their order, into {@code values} (NaN where there is none to give). Columns
     * the experiment did not ask for may be left as they are.
     *
     * @param episode what the episode gave
     * @param values  one slot per column of the provider
     */
    void episodeEnded(EpisodeResult episode, double[] values);
}
