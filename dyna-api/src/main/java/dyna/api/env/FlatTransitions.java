package dyna.api.env;

import java.util.List;

/**
 * A transition table copied once into flat primitive arrays, for code that reads it in a loop
 * (policy evaluation, a model that is given the true dynamics): the outcomes of pair
 * {@code p = s * actions + a} are the indices {@code first(p) <= i < end(p)}; nothing is
 * allocated when reading.
 */
public final class FlatTransitions {

    private final int states;
    private final int actions;
    private final int[] first;
    private final int[] next;
    private final double[] reward;
    private final boolean[] terminal;
    private final double[] probability;

    /** A copy of the table as it is now. */
    public FlatTransitions(TransitionTable table) {
        this.states = table.stateCount();
        this.actions = table.actionCount();
        this.first = new int[states * actions + 1];
        int total = 0;
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < actions; a++) {
                total += table.outcomes(s, a).size();
            }
        }
        this.next = new int[total];
        this.reward = new double[total];
        this.terminal = new boolean[total];
        this.probability = new double[total];
        int i = 0;
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < actions; a++) {
                first[s * actions + a] = i;
                List<Outcome> outcomes = table.outcomes(s, a);
                for (Outcome o : outcomes) {
                    next[i] = o.nextState();
                    reward[i] = o.reward();
                    terminal[i] = o.terminated();
                    probability[i] = o.probability();
                    i++;
                }
            }
        }
        first[states * actions] = i;
    }

    /** The number of states. */
    public int states() {
        return states;
    }

    /** The number of actions. */
    public int actions() {
        return actions;
    }

    /** The index of the first outcome of pair {@code s * actions + a}. */
    public int first(int pair) {
        return first[pair];
    }

    /** One past the index of the last outcome of the pair. */
    public int end(int pair) {
        return first[pair + 1];
    }

    /** The next state of outcome {@code i}. */
    public int next(int i) {
        return next[i];
    }

    /** The reward of outcome {@code i}. */
    public double reward(int i) {
        return reward[i];
    }

    /** Whether outcome {@code i} ends the episode. */
    public boolean terminal(int i) {
        return terminal[i];
    }

    /** The probability of outcome {@code i}. */
    public double probability(int i) {
        return probability[i];
    }
}
