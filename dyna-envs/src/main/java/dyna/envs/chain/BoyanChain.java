package dyna.envs.chain;

import dyna.api.env.Environment;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Boyan chain (Boyan 2002, as used for LSTD and by Sutton, Szepesvári, Geramifard and
 * Bowling 2008 for linear Dyna): states 0 to N − 1, each episode starting in N − 1, with one
 * action; from a state s ≥ 2 the chain moves to s − 1 or s − 2 with probability ½ each and
 * reward −3, from state 1 to 0 with reward −2, and 0 is terminal. The true values are
 * V(s) = −2s. It gives its transition table.
 */
final class BoyanChain implements Environment, TransitionTable {

    private static final Discrete ONE_ACTION = new Discrete(1);
    private final int states;
    private SplittableRandom random = new SplittableRandom(0);
    private int state;

    BoyanChain(int states) {
        this.states = states;
    }

    @Override
    public Space observationSpace() {
        return new Discrete(states);
    }

    @Override
    public Discrete actionSpace() {
        return ONE_ACTION;
    }

    @Override
    public void reset(long seed, Step out) {
        random = new SplittableRandom(seed);
        reset(out);
    }

    @Override
    public void reset(Step out) {
        state = states - 1;
        out.set(state, 0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        if (action != 0) {
            throw new IllegalArgumentException("the Boyan chain has one action, 0, not " + action);
        }
        if (state == 0) {
            throw new IllegalStateException("the episode is over: reset first");
        }
        double reward = state == 1 ? -2 : -3;
        state = state == 1 ? 0 : state - (random.nextBoolean() ? 1 : 2);
        out.set(state, reward, state == 0, false);
    }

    @Override
    public java.util.Optional<TransitionTable> transitionTable() {
        return java.util.Optional.of(this);
    }

    @Override
    public int stateCount() {
        return states;
    }

    @Override
    public int actionCount() {
        return 1;
    }

    @Override
    public double initialProbability(int s) {
        return s == states - 1 ? 1.0 : 0.0;
    }

    @Override
    public List<Outcome> outcomes(int s, int action) {
        if (s == 0) {
            return List.of();
        }
        if (s == 1) {
            return List.of(new Outcome(1.0, 0, -2, true));
        }
        return List.of(new Outcome(0.5, s - 1, -3, s - 1 == 0), new Outcome(0.5, s - 2, -3, s - 2 == 0));
    }
}
