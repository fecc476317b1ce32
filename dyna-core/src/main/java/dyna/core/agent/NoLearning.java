package dyna.core.agent;

import dyna.api.env.Transition;
import dyna.api.learning.Learner;
import java.util.random.RandomGenerator;

/**
 * The learner of an agent that only plans (PETS: a controller over a learned model): it learns
 * nothing and never acts, since the controller acts; its discount is 1, as PETS sums a plan's rewards.
 */
final class NoLearning implements Learner {

    @Override
    public void act(Transition at) {
        throw new UnsupportedOperationException("an agent that only plans acts through its controller");
    }

    @Override
    public void actInPlanning(Transition at, RandomGenerator random) {
        throw new UnsupportedOperationException("an agent that only plans has no policy for rollouts");
    }

    @Override
    public void actGreedily(Transition at) {
        throw new UnsupportedOperationException("an agent that only plans acts through its controller");
    }

    @Override
    public void observe(Transition real) {
    }

    @Override
    public void observeSimulated(Transition simulated) {
    }

    @Override
    public void learn() {
    }

    @Override
    public double discount() {
        return 1.0;
    }
}
