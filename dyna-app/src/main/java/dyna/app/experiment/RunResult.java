package dyna.app.experiment;

import dyna.core.agent.AgentCounters;

/**
 * What one run gave, episode by episode.
 *
 * @param steps    real steps of each episode
 * @param returns  the return of each episode
 * @param counters the work the run did
 */
public record RunResult(int[] steps, double[] returns, AgentCounters counters) {
}
