package dyna.models.tabular;

import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The environment's true dynamics as a model, for planning studies in which the model is given
 * rather than learned (Sutton and Barto, sections 8.5 and 8.6). Every pair with outcomes is
 * known from the start; real transitions teach it nothing.
 */
final class KnownDynamicsModel extends TrackedModel {

    private final int actions;
    private final RandomGenerator random;
    private final int[] first;
    private final int[] next;
    private final double[] reward;
    private final boolean[] terminal;
    private final double[] probability;

    KnownDynamicsModel(TransitionTable table, RandomGenerator random) {
        super(table.stateCount(), table.actionCount());
        int states = table.stateCount();
        this.actions = table.actionCount();
        this.random = random;
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
                    predecessors.add(o.nextState(), s, a);
                    i++;
                }
                if (!outcomes.isEmpty()) {
                    pairs.add(s, a);
                }
            }
        }
        first[states * actions] = i;
    }

    @Override
    public void observe(int state, int action, double r, int nextState, boolean terminated) {
        // The dynamics are given; experience changes nothing.
    }





    @Override
    public void sample(int state, int action, Step out) {
        int pair = state * actions + action;
        double u = random.nextDouble();
        int i = first[pair];
        int last = first[pair + 1] - 1;
        if (last < i) {
            throw new IllegalArgumentException("state " + state + " has no outcomes for action " + action);
        }
        while (i < last && u >= probability[i]) {
            u -= probability[i];
            i++;
        }
        out.set(next[i], reward[i], terminal[i], false);
    }

    @Override
    public int outcomeCount(int state, int action) {
        int pair = state * actions + action;
        return first[pair + 1] - first[pair];
    }

    @Override
    public double outcome(int state, int action, int index, Step out) {
        int i = first[state * actions + action] + index;
        if (index < 0 || index >= outcomeCount(state, action)) {
            throw new IndexOutOfBoundsException("outcome " + index + " of " + outcomeCount(state, action));
        }
        out.set(next[i], reward[i], terminal[i], false);
        return probability[i];
    }



}
