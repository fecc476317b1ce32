package dyna.models.replay;

import dyna.api.env.ObservationIndex;
import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.save.Savable;
import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Replay as a model (van Hasselt, Hessel and Aslanides 2019, "When to use parametric models in
 * reinforcement learning?"): it stores every real transition and, asked about a stored state
 * or observation and action, answers with one of the outcomes that followed it, drawn
 * uniformly; its distribution lists each stored outcome with probability 1/k (the same next
 * state may appear more than once: the distribution is their mixture). Over box observations a
 * state is a distinct observation (equal in every component), so planning from the observations
 * seen ({@code seen-pairs}, {@code recent-states}) replays real experience.
 *
 * <p>Saved as {@code replay/1}: observation dimensions and actions ({@code int}s), the number
 * of transitions stored, then each in the order it came: its start (the state, an {@code int}, or
 * the observation's {@code double}s), action and next state ({@code int}s), next observation
 * ({@code double}s), reward ({@code double}) and terminated ({@code boolean}). Read back, they
 * are stored again in that order, which gives the same model.
 */
final class ReplayModel implements DistributionModel, Savable {

    private final int actions;
    private final int dimensions;
    private final ObservationIndex index;
    private final RandomGenerator random;
    /** Per pair {@code key * actions + a}: the numbers of its stored outcomes. */
    private int[][] outcomesOf;
    private int[] counts;
    private int[] nextState = new int[256];
    private double[] nextObservation;
    private double[] reward = new double[256];
    private boolean[] terminal = new boolean[256];
    private int stored;

    /**
     * @param states     the number of discrete states, or 0 for box observations
     * @param dimensions the observations' dimensions, 0 for discrete ones
     */
    ReplayModel(int states, int dimensions, int actions, RandomGenerator random) {
        this.actions = actions;
        this.dimensions = dimensions;
        this.index = dimensions > 0 ? new ObservationIndex(dimensions) : null;
        this.random = random;
        int pairs = Math.multiplyExact(Math.max(states, 64), actions);
        this.outcomesOf = new int[pairs][];
        this.counts = new int[pairs];
        this.nextObservation = new double[256 * dimensions];
    }

    @Override
    public void observe(Transition real) {
        int key = index == null ? real.state() : index.add(real.observation());
        int pair = key * actions + real.action();
        if (pair >= counts.length) {
            int grown = Math.max(counts.length * 2, pair + 1);
            outcomesOf = Arrays.copyOf(outcomesOf, grown);
            counts = Arrays.copyOf(counts, grown);
        }
        if (stored == reward.length) {
            nextState = Arrays.copyOf(nextState, stored * 2);
            reward = Arrays.copyOf(reward, stored * 2);
            terminal = Arrays.copyOf(terminal, stored * 2);
            nextObservation = Arrays.copyOf(nextObservation, stored * 2 * dimensions);
        }
        nextState[stored] = real.nextState();
        System.arraycopy(real.nextObservation(), 0, nextObservation, stored * dimensions, dimensions);
        reward[stored] = real.reward();
        terminal[stored] = real.terminated();
        int[] list = outcomesOf[pair];
        if (list == null) {
            list = new int[2];
        } else if (counts[pair] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        outcomesOf[pair] = list;
        list[counts[pair]++] = stored++;
    }

    /** The pair number of the query's start, or -1 if the model has never seen its state. */
    private int pair(Transition query) {
        int key = index == null ? query.state() : index.find(query.observation());
        int pair = key < 0 ? -1 : key * actions + query.action();
        return pair >= 0 && pair < counts.length && counts[pair] > 0 ? pair : -1;
    }

    @Override
    public boolean knows(Transition query) {
        return pair(query) >= 0;
    }

    @Override
    public void sample(Transition query) {
        int pair = known(query);
        write(outcomesOf[pair][random.nextInt(counts[pair])], query);
    }

    @Override
    public int outcomeCount(Transition query) {
        int pair = pair(query);
        return pair < 0 ? 0 : counts[pair];
    }

    @Override
    public double outcome(Transition query, int k) {
        int pair = known(query);
        if (k < 0 || k >= counts[pair]) {
            throw new IndexOutOfBoundsException("outcome " + k + " of " + counts[pair]);
        }
        write(outcomesOf[pair][k], query);
        return 1.0 / counts[pair];
    }

    private int known(Transition query) {
        int pair = pair(query);
        if (pair < 0) {
            throw new IllegalArgumentException("the replay model has stored no transition from " + query
                    + " with action " + query.action());
        }
        return pair;
    }

    private void write(int i, Transition out) {
        System.arraycopy(nextObservation, i * dimensions, out.nextObservation(), 0, dimensions);
        out.outcome(nextState[i], reward[i], terminal[i], false);
    }

    @Override
    public String format() {
        return "replay/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        SavedSizes.write(out, dimensions, actions);
        int[] startPair = new int[stored];
        for (int pair = 0; pair < counts.length; pair++) {
            for (int k = 0; k < counts[pair]; k++) {
                startPair[outcomesOf[pair][k]] = pair;
            }
        }
        out.writeInt(stored);
        double[] observation = new double[dimensions];
        for (int i = 0; i < stored; i++) {
            int key = startPair[i] / actions;
            if (index == null) {
                out.writeInt(key);
            } else {
                index.copy(key, observation);
                for (double x : observation) {
                    out.writeDouble(x);
                }
            }
            out.writeInt(startPair[i] % actions);
            out.writeInt(nextState[i]);
            for (int k = 0; k < dimensions; k++) {
                out.writeDouble(nextObservation[i * dimensions + k]);
            }
            out.writeDouble(reward[i]);
            out.writeBoolean(terminal[i]);
        }
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        SavedSizes.check(in, "replay model", List.of("observation dimensions", "actions"), dimensions, actions);
        int count = in.readInt();
        Transition t = new Transition(dimensions);
        double[] observation = new double[dimensions];
        for (int i = 0; i < count; i++) {
            if (index == null) {
                t.start(in.readInt(), 0);
            } else {
                for (int k = 0; k < dimensions; k++) {
                    observation[k] = in.readDouble();
                }
                t.start(observation, 0);
            }
            int action = in.readInt();
            if (action < 0 || action >= actions || (index == null && t.state() < 0)) {
                throw new IOException("the saved transition " + i + " has action " + action + " from state "
                        + t.state() + "; actions are 0.." + (actions - 1));
            }
            t.start(t.state(), action);
            if (index != null) {
                t.start(observation, action);
            }
            int next = in.readInt();
            for (int k = 0; k < dimensions; k++) {
                t.nextObservation()[k] = in.readDouble();
            }
            double r = in.readDouble();
            t.outcome(next, r, in.readBoolean(), false);
            observe(t);
        }
    }
}
