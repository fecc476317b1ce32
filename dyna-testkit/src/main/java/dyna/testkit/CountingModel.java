package dyna.testkit;

import dyna.api.env.Transition;
import dyna.api.model.DistributionModel;
import dyna.api.model.PredecessorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A tabular model for the checks: outcome counts of every observed pair, answered as samples, as
 * distributions (each outcome's share of the counts) and as predecessors. It knows exactly the
 * pairs it has observed.
 */
final class CountingModel implements DistributionModel, PredecessorModel {

    private final int actions;
    private final RandomGenerator random;
    private final List<List<int[]>> outcomes = new ArrayList<>();   // per pair: {next, terminated, count, reward bits}
    private final List<List<int[]>> predecessors = new ArrayList<>();   // per state: {state, action}

    CountingModel(int states, int actions, RandomGenerator random) {
        this.actions = actions;
        this.random = random;
        for (int i = 0; i < states * actions; i++) {
            outcomes.add(new ArrayList<>());
        }
        for (int s = 0; s < states; s++) {
            predecessors.add(new ArrayList<>());
        }
    }

    @Override
    public void observe(Transition real) {
        List<int[]> seen = outcomes.get(pair(real));
        for (int[] outcome : seen) {
            if (outcome[0] == real.nextState() && outcome[1] == (real.terminated() ? 1 : 0)) {
                outcome[2]++;
                return;
            }
        }
        seen.add(new int[] {real.nextState(), real.terminated() ? 1 : 0, 1, Float.floatToIntBits((float) real.reward())});
        List<int[]> before = predecessors.get(real.nextState());
        if (before.stream().noneMatch(p -> p[0] == real.state() && p[1] == real.action())) {
            before.add(new int[] {real.state(), real.action()});
        }
    }

    @Override
    public boolean knows(Transition query) {
        return !outcomes.get(pair(query)).isEmpty();
    }

    @Override
    public void sample(Transition query) {
        if (!knows(query)) {
            throw new IllegalArgumentException("the model has never seen action " + query.action() + " in state "
                    + query.state());
        }
        List<int[]> seen = outcomes.get(pair(query));
        int total = seen.stream().mapToInt(o -> o[2]).sum();
        int u = random.nextInt(total);
        for (int[] outcome : seen) {
            u -= outcome[2];
            if (u < 0) {
                write(outcome, query);
                return;
            }
        }
    }

    @Override
    public int outcomeCount(Transition query) {
        return outcomes.get(pair(query)).size();
    }

    @Override
    public double outcome(Transition query, int index) {
        List<int[]> seen = outcomes.get(pair(query));
        write(seen.get(index), query);
        return (double) seen.get(index)[2] / seen.stream().mapToInt(o -> o[2]).sum();
    }

    @Override
    public int predecessorCount(int state) {
        return predecessors.get(state).size();
    }

    @Override
    public int predecessorState(int state, int index) {
        return predecessors.get(state).get(index)[0];
    }

    @Override
    public int predecessorAction(int state, int index) {
        return predecessors.get(state).get(index)[1];
    }

    private static void write(int[] outcome, Transition query) {
        query.outcome(outcome[0], Float.intBitsToFloat(outcome[3]), outcome[1] == 1, false);
    }

    private int pair(Transition t) {
        return t.state() * actions + t.action();
    }
}
