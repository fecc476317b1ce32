package dyna.core.agent;

/**
 * Real time within a run, and for each (s, a) the real step at which it was last tried; gives
 * the τ of exploration bonuses. A pair never tried counts from the start of the run. The times
 * (8 bytes a pair) are kept only for an agent whose bonus reads them.
 */
final class VisitClock {

    private final int states;
    private final int actions;
    private final long[] lastTried;
    private long[] visits;
    private long now;

    /** @param keepTimes whether τ will be asked for (an agent with a bonus); else only real time is kept */
    VisitClock(int states, int actions, boolean keepTimes) {
        this.states = states;
        this.actions = actions;
        this.lastTried = keepTimes ? new long[states * actions] : null;
    }

    /** Advances real time by one step. */
    void tick() {
        now++;
    }

    /** Records that (s, a) was tried at the current time. */
    void tried(int state, int action) {
        if (lastTried != null) {
            lastTried[state * actions + action] = now;
        }
        if (visits != null) {
            visits[state * actions + action]++;
        }
    }

    /** Counts the tries of each pair from now on (kept only when asked for, as a diagnostic needs them). */
    long[] countVisits() {
        if (visits == null) {
            visits = new long[Math.multiplyExact(states, actions)];
        }
        return visits;
    }

    /** τ: real steps since (s, a) was last tried. */
    long stepsSinceTried(int state, int action) {
        if (lastTried == null) {
            throw new IllegalStateException("the times pairs were tried are not kept: the agent's bonus has placement "
                    + "NONE, so nothing should ask for them");
        }
        return now - lastTried[state * actions + action];
    }

    /** Real steps so far. */
    long now() {
        return now;
    }
}
