package dyna.core.agent;

import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Real time within a run, and for each (s, a) the real step at which it was last tried; gives
 * the τ of exploration bonuses. A pair never tried counts from the start of the run. The times
 * (8 bytes a pair) are kept only for an agent whose bonus reads them.
 *
 * <p>Saved, when it keeps times, as {@code visit-clock/1}: the number of states and of actions
 * (two {@code int}s), then τ of every pair as a {@code long}; read back, the τs count on from a
 * loaded agent's first step while its real time starts again at 0.
 */
final class VisitClock implements Savable {

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

    /** Whether it keeps the times pairs were tried, and so has something to save. */
    boolean keepsTimes() {
        return lastTried != null;
    }

    @Override
    public String format() {
        return "visit-clock/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, states, actions);
        for (long tried : lastTried) {
            out.writeLong(now - tried);
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "visit clock", List.of("states", "actions"), states, actions);
        for (int i = 0; i < lastTried.length; i++) {
            lastTried[i] = now - in.readLong();
        }
    }
}
