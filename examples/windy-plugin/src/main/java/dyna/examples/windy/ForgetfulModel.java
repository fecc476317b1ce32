package dyna.examples.windy;

import dyna.api.env.Step;
import dyna.api.model.DistributionModel;
import java.util.random.RandomGenerator;

/**
 * A model for worlds that change: outcome counts of every pair decay by a factor each real
 * step, so old experience weighs less than new. The decay is applied lazily, when a pair is
 * observed again, which gives the same relative weights as decaying everything every step.
 */
final class ForgetfulModel implements DistributionModel {

    private static final int MAX_OUTCOMES = 8;
    private final int actions;
    private final double decay;
    private final RandomGenerator random;
    private final int[] next;
    private final double[] reward;
    private final boolean[] terminal;
    private final double[] weight;
    private final int[] outcomes;
    private final long[] lastSeen;
    private final int[] states;
    private int stateCount;
    private final int[] actionsOf;
    private final int[] actionCount;
    private long now;

    ForgetfulModel(int stateTotal, int actions, double decay, RandomGenerator random) {
        this.actions = actions;
        this.decay = decay;
        this.random = random;
        int slots = stateTotal * actions * MAX_OUTCOMES;
        this.next = new int[slots];
        this.reward = new double[slots];
        this.terminal = new boolean[slots];
        this.weight = new double[slots];
        this.outcomes = new int[stateTotal * actions];
        this.lastSeen = new long[stateTotal * actions];
        this.states = new int[stateTotal];
        this.actionsOf = new int[stateTotal * actions];
        this.actionCount = new int[stateTotal];
    }

    @Override
    public void observe(int state, int action, double r, int nextState, boolean end) {
        now++;
        int pair = state * actions + action;
        int base = pair * MAX_OUTCOMES;
        if (outcomes[pair] == 0) {
            if (actionCount[state] == 0) {
                states[stateCount++] = state;
            }
            actionsOf[state * actions + actionCount[state]++] = action;
        }
        double fade = Math.pow(decay, now - lastSeen[pair]);
        int found = -1;
        for (int i = 0; i < outcomes[pair]; i++) {
            weight[base + i] *= fade;
            if (next[base + i] == nextState && terminal[base + i] == end) {
                found = i;
            }
        }
        if (found < 0) {
            found = outcomes[pair] < MAX_OUTCOMES ? outcomes[pair]++ : lightest(base, outcomes[pair]);
            next[base + found] = nextState;
            terminal[base + found] = end;
            weight[base + found] = 0;
        }
        reward[base + found] = r;
        weight[base + found] += 1;
        lastSeen[pair] = now;
    }

    private int lightest(int base, int count) {
        int lightest = 0;
        for (int i = 1; i < count; i++) {
            if (weight[base + i] < weight[base + lightest]) {
                lightest = i;
            }
        }
        return lightest;
    }

    @Override
    public int observedStateCount() {
        return stateCount;
    }

    @Override
    public int observedState(int index) {
        return states[index];
    }

    @Override
    public int observedActionCount(int state) {
        return actionCount[state];
    }

    @Override
    public int observedAction(int state, int index) {
        return actionsOf[state * actions + index];
    }

    @Override
    public void sample(int state, int action, Step out) {
        int pair = state * actions + action;
        double u = random.nextDouble() * total(pair);
        int base = pair * MAX_OUTCOMES;
        int i = 0;
        while (i < outcomes[pair] - 1 && u >= weight[base + i]) {
            u -= weight[base + i];
            i++;
        }
        out.set(next[base + i], reward[base + i], terminal[base + i], false);
    }

    private double total(int pair) {
        double total = 0;
        for (int i = 0; i < outcomes[pair]; i++) {
            total += weight[pair * MAX_OUTCOMES + i];
        }
        return total;
    }

    @Override
    public int outcomeCount(int state, int action) {
        return outcomes[state * actions + action];
    }

    @Override
    public double outcome(int state, int action, int index, Step out) {
        int pair = state * actions + action;
        int i = pair * MAX_OUTCOMES + index;
        out.set(next[i], reward[i], terminal[i], false);
        return weight[i] / total(pair);
    }
}
