package dyna.core.agent;

/**
 * How much work a run did, kept apart.
 *
 * @param episodes        episodes finished
 * @param realSteps       real environment steps (each with one direct update)
 * @param planningUpdates updates made from simulated transitions
 * @param modelQueries    simulated outcomes asked of the model
 */
public record AgentCounters(long episodes, long realSteps, long planningUpdates, long modelQueries) {
}
