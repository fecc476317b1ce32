package dyna.models.truth;

import dyna.api.env.Simulator;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import java.util.random.RandomGenerator;

/**
 * The environment's {@link Simulator} as a model: it knows every observation and action from the
 * start, learns nothing, and answers with the true outcome. Planning with it studies search
 * control in isolation from model error.
 */
final class TrueModel implements Model {

    private final Simulator simulator;
    private final RandomGenerator random;
    private final Step outcome;

    TrueModel(Simulator simulator, int dimensions, RandomGenerator random) {
        this.simulator = simulator;
        this.random = random;
        this.outcome = new Step(dimensions);
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
        simulator.simulate(query.observation(), query.action(), random, outcome);
        query.outcome(outcome);
    }
}
