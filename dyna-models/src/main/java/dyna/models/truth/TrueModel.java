package dyna.models.truth;

import dyna.api.env.Simulator;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.util.random.RandomGenerator;

/**
 * The environment's {@link Simulator} as a model: it knows every observation and action (discrete
 * or box) from the
 * start, learns nothing, and answers with the true outcome. Planning with it studies search
 * control in isolation from model error.
 */
final class TrueModel implements Model, Savable {

    private final Simulator simulator;
    private final RandomGenerator random;
    private final Step outcome;
    private final boolean boxActions;

    TrueModel(Simulator simulator, int dimensions, boolean boxActions, RandomGenerator random) {
        this.simulator = simulator;
        this.random = random;
        this.outcome = new Step(dimensions);
        this.boxActions = boxActions;
    }

    @Override
    public void observe(Transition real) {
    }

    @Override
    public boolean knows(Transition query) {
        return true;
    }

    @Override
    public void sample(Transition query) {
        if (boxActions) {
            simulator.simulate(query.observation(), query.actionVector(), random, outcome);
        } else {
            simulator.simulate(query.observation(), query.action(), random, outcome);
        }
        query.outcome(outcome);
    }

    /** Saved as {@code true-model/1}, with no bytes: it learns nothing, the simulator is given. */
    @Override
    public String format() {
        return "true-model/1";
    }

    @Override
    public void write(DataOutput out) {
        // Nothing is learned.
    }

    @Override
    public void read(DataInput in, String format) {
        // Nothing is learned.
    }
}
