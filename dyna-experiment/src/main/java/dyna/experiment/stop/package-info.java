/**
 * The protocols that say when a run stops, each owning how its runs are run, measured and
 * written: a number of episodes, a number of real steps, until the greedy policy is near
 * optimal, or pure planning from the start state.
 */
package dyna.experiment.stop;
