package dyna.core.agent;

/**
 * Real time within a run, and for each (s, a) the real step at which it was last tried; gives
 * the τ of exploration bonuses. A pair never tried counts from the start of the run.
 */
final class VisitClock {

    private final int actions;
    private final long[] lastTried;
    private long[] visits;
    private long now;

    VisitClock(int states, int actions) {
        this.actions = actions;
        this.lastTried = new long[states * actions];
    }

    /** Advances real time by one step. */
    void tick() {
        now++;
    }

    /** Records that (s, a) was tried at the current time. */
    void tried(int state, int action) {
        lastTried[state * actions + action] = now;
        if (visits != null) {
            visits[state * actions + action]++;
        }
    }

    /** Counts the tries of each pair from now on (kept only when asked for, as a diagnostic needs them). */
    long[] countVisits() {
        if (visits == null) {
            visits = new long[lastTried.length];
        }
        return visits;
    }

    /** τ: real steps since (s, a) was last tried. */
    long stepsSinceTried(int state, int action) {
        return now - lastTried[state * actions + action];
    }

    /** Real steps so far. */
    long now() {
        return now;
    }
}
