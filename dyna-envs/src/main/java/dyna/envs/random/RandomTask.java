package dyna.envs.random;

import dyna.api.env.Environment;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A random task of the book's section 8.6 (Figure 8.8): n states, 2 actions; from every
 * (s, a), with probability {@code termination} the episode ends, otherwise one of b next states
 * chosen at random for that pair, all equally likely. Every transition has its own reward,
 * drawn once from N(0, 1). Episodes start in state 0. The task itself (next states and rewards)
 * is drawn from the seed of {@link #reset(long, Step)}, so each seed is a different task.
 */
final class RandomTask implements Environment, TransitionTable {

    private static final int ACTIONS = 2;
    private final int states;
    private final int branching;
    private final double termination;
    private final Discrete observations;
    private final Discrete actions = new Discrete(ACTIONS);
    /** next[(s * 2 + a) * b + k]: the k-th possible next state of (s, a). */
    private final int[] next;
    /** reward[(s * 2 + a) * b + k]: the reward of that transition. */
    private final double[] reward;
    /** The reward of ending the episode from (s, a). */
    private final double[] endReward;
    private SplittableRandom random = new SplittableRandom(0);
    private int position;

    RandomTask(int states, int branching, double termination) {
        this.states = states;
        this.branching = branching;
        this.termination = termination;
        this.observations = new Discrete(states);
        this.next = new int[states * ACTIONS * branching];
        this.reward = new double[states * ACTIONS * branching];
        this.endReward = new double[states * ACTIONS];
        draw(0);
    }

    private void draw(long seed) {
        SplittableRandom structure = new SplittableRandom(seed);
        for (int i = 0; i < next.length; i++) {
            next[i] = structure.nextInt(states);
            reward[i] = gaussian(structure);
        }
        for (int i = 0; i < endReward.length; i++) {
            endReward[i] = gaussian(structure);
        }
        random = structure.split();
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller, so that the task depends on nothing but this stream.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    @Override
    public Space observationSpace() {
        return observations;
    }

    @Override
    public Discrete actionSpace() {
        return actions;
    }

    @Override
    public void reset(long seed, Step out) {
        draw(seed);
        reset(out);
    }

    @Override
    public void reset(Step out) {
        position = 0;
        out.set(0, 0.0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        if (action < 0 || action >= ACTIONS) {
            throw new IllegalArgumentException("action " + action + " is not in " + actions.describe());
        }
        int pair = position * ACTIONS + action;
        if (random.nextDouble() < termination) {
            out.set(position, endReward[pair], true, false);
            return;
        }
        int k = pair * branching + random.nextInt(branching);
        position = next[k];
        out.set(position, reward[k], false, false);
    }

    @Override
    public Optional<TransitionTable> transitionTable() {
        return Optional.of(this);
    }

    @Override
    public int stateCount() {
        return states;
    }

    @Override
    public int actionCount() {
        return ACTIONS;
    }

    @Override
    public double initialProbability(int state) {
        return state == 0 ? 1.0 : 0.0;
    }

    @Override
    public List<Outcome> outcomes(int state, int action) {
        int pair = state * ACTIONS + action;
        List<Outcome> outcomes = new ArrayList<>(branching + 1);
        if (termination > 0) {
            outcomes.add(new Outcome(termination, state, endReward[pair], true));
        }
        if (termination < 1) {
            double p = (1 - termination) / branching;
            for (int k = pair * branching; k < (pair + 1) * branching; k++) {
                outcomes.add(new Outcome(p, next[k], reward[k], false));
            }
        }
        return outcomes;
    }
}
