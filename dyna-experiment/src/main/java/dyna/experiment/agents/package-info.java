/**
 * Saved agents: what a run's agent learned, written to and read from a directory in a
 * documented, versioned format ({@code docs/saved-agents.md}), evaluated with its greedy policy,
 * and drawn.
 */
package dyna.experiment.agents;
