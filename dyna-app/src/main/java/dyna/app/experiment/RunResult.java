package dyna.app.experiment;

import dyna.core.agent.AgentCounters;

/**
 * What one run gave.
 *
 * @param episodeSteps   real steps of each finished episode
 * @param episodeReturns the return of each finished episode
 * @param stepRewards    the reward of each real step (runs of a fixed number of steps only;
 *                       empty otherwise)
 * @param reached        for runs until optimal, whether the greedy policy got there within the
 *                       update cap; true for other runs
 * @param startValues    for pure planning runs, the start state's value under the greedy
 *                       policy at each checkpoint; empty otherwise
 * @param counters       the work the run did
 */
public record RunResult(int[] episodeSteps, double[] episodeReturns, double[] stepRewards, boolean reached,
        double[] startValues, AgentCounters counters) {

    /** Direct and planning updates together: real steps plus planning updates. */
    public long updates() {
        return counters.realSteps() + counters.planningUpdates();
    }
}
