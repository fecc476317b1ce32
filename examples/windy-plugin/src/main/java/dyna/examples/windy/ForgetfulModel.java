package dyna.examples.windy;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.save.Savable;
import dyna.examples.windy.forgetting.Forgetting;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * A model for worlds that change: outcome counts of every pair fade as its forgetting schedule
 * says (by a factor each real step, for {@code exponential-forgetting}), so old experience
 * weighs less than new. The fading is applied lazily, when a pair is observed again, which gives
 * the same relative weights as fading everything every step.
 *
 * <p>It can be saved ({@link Savable}) as {@code forgetful/1}: the number of pairs, the real
 * step count, then per pair its last step and outcomes, and per outcome next state, terminated,
 * reward and weight.
 */
final class ForgetfulModel implements DistributionModel, Savable {

    private static final int MAX_OUTCOMES = 8;
    private final int actions;
    private final Forgetting forgetting;
    private final RandomGenerator random;
    private final int[] next;
    private final double[] reward;
    private final boolean[] terminal;
    private final double[] weight;
    private final int[] outcomes;
    private final long[] lastSeen;
    private long now;

    ForgetfulModel(int stateTotal, int actions, Forgetting forgetting, RandomGenerator random) {
        this.actions = actions;
        this.forgetting = forgetting;
        this.random = random;
        int slots = stateTotal * actions * MAX_OUTCOMES;
        this.next = new int[slots];
        this.reward = new double[slots];
        this.terminal = new boolean[slots];
        this.weight = new double[slots];
        this.outcomes = new int[stateTotal * actions];
        this.lastSeen = new long[stateTotal * actions];
    }

    @Override
    public void observe(Transition real) {
        now++;
        int pair = pair(real);
        int base = pair * MAX_OUTCOMES;
        int nextState = real.nextState();
        boolean end = real.terminated();
        double fade = forgetting.fade(now - lastSeen[pair]);
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
        reward[base + found] = real.reward();
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

    private int pair(Transition t) {
        return t.state() * actions + t.action();
    }

    @Override
    public boolean knows(Transition query) {
        return outcomes[pair(query)] > 0;
    }

    @Override
    public void sample(Transition query) {
        if (!knows(query)) {
            throw new IllegalArgumentException("the model has never seen action " + query.action() + " in state "
                    + query.state());
        }
        int pair = pair(query);
        double u = random.nextDouble() * total(pair);
        int base = pair * MAX_OUTCOMES;
        int i = 0;
        while (i < outcomes[pair] - 1 && u >= weight[base + i]) {
            u -= weight[base + i];
            i++;
        }
        query.outcome(next[base + i], reward[base + i], terminal[base + i], false);
    }

    private double total(int pair) {
        double total = 0;
        for (int i = 0; i < outcomes[pair]; i++) {
            total += weight[pair * MAX_OUTCOMES + i];
        }
        return total;
    }

    @Override
    public int outcomeCount(Transition query) {
        return outcomes[pair(query)];
    }

    @Override
    public double outcome(Transition query, int index) {
        int pair = pair(query);
        if (index < 0 || index >= outcomes[pair]) {
            throw new IndexOutOfBoundsException("outcome " + index + " of " + outcomes[pair]);
        }
        int i = pair * MAX_OUTCOMES + index;
        query.outcome(next[i], reward[i], terminal[i], false);
        return weight[i] / total(pair);
    }

    @Override
    public String format() {
        return "forgetful/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(outcomes.length);
        out.writeLong(now);
        for (int pair = 0; pair < outcomes.length; pair++) {
            out.writeLong(lastSeen[pair]);
            out.writeInt(outcomes[pair]);
            for (int i = pair * MAX_OUTCOMES; i < pair * MAX_OUTCOMES + outcomes[pair]; i++) {
                out.writeInt(next[i]);
                out.writeBoolean(terminal[i]);
                out.writeDouble(reward[i]);
                out.writeDouble(weight[i]);
            }
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        int pairs = in.readInt();
        if (pairs != outcomes.length) {
            throw new IOException("the saved model has " + pairs + " state-action pairs, this one " + outcomes.length);
        }
        now = in.readLong();
        for (int pair = 0; pair < pairs; pair++) {
            lastSeen[pair] = in.readLong();
            outcomes[pair] = in.readInt();
            if (outcomes[pair] < 0 || outcomes[pair] > MAX_OUTCOMES) {
                throw new IOException("the saved model has " + outcomes[pair] + " outcomes for a pair; at most "
                        + MAX_OUTCOMES);
            }
            for (int i = pair * MAX_OUTCOMES; i < pair * MAX_OUTCOMES + outcomes[pair]; i++) {
                next[i] = in.readInt();
                terminal[i] = in.readBoolean();
                reward[i] = in.readDouble();
                weight[i] = in.readDouble();
            }
        }
    }
}
