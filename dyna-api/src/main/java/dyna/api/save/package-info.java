/**
 * Saving what an agent has learned: components that implement {@link dyna.api.save.Savable}
 * write their state in a versioned format of their own, so that a run's agent can be inspected,
 * evaluated and trained further later.
 */
package dyna.api.save;
