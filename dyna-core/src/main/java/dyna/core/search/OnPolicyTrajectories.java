package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Trajectory sampling's search control (Sutton and Barto, section 8.6): starts along
 * trajectories simulated with the model under the agent's own policy over the current values
 * ({@link PlanningContext#selectAction}). A trajectory begins at the latest real state (the
 * start state, before any real step: so in pure planning every trajectory starts there),
 * carries on across budgets, and ends at a terminal outcome or at a pair the model does not
 * know; the next one begins again at the latest real state. Each step of a trajectory is one
 * sampled model query, besides the planner's update.
 */
final class OnPolicyTrajectories implements SearchControl, Savable {

    private final PlanningContext planning;
    private final Transition step;
    private int anchor;
    private boolean anchored;
    private boolean inTrajectory;
    private int current;

    OnPolicyTrajectories(PlanningContext planning) {
        this.planning = planning;
        this.step = planning.newTransition();
    }

    @Override
    public void episodeStarted(Transition first) {
        anchor = first.state();
        anchored = true;
        inTrajectory = false;
    }

    @Override
    public void observe(Transition real) {
        anchor = real.state();
        anchored = true;
    }

    @Override
    public boolean next(Transition start) {
        if (!anchored) {
            return false;
        }
        if (!inTrajectory) {
            current = anchor;
            inTrajectory = true;
        }
        step.start(current, 0);
        step.start(current, planning.selectAction(step));
        if (!planning.model().knows(step)) {
            inTrajectory = false;
            if (current == anchor) {
                return false;
            }
            return next(start);
        }
        start.startOf(step);
        return true;
    }

    @Override
    public void updated(Transition start, double error) {
        planning.simulate(step);
        if (step.terminated()) {
            inTrajectory = false;
        } else {
            current = step.nextState();
        }
    }

    /**
     * Saved as {@code on-policy-trajectories/1}, with no bytes: its trajectories start again from
     * where the agent stands at each episode's start, which a loaded agent begins with.
     */
    @Override
    public String format() {
        return "on-policy-trajectories/1";
    }

    @Override
    public void write(DataOutput out) {
        // Nothing outlives an episode.
    }

    @Override
    public void read(DataInput in, String format) {
        // Nothing outlives an episode.
    }
}
