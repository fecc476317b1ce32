package dyna.core.analysis;

import dyna.api.env.Outcome;
import dyna.api.env.TransitionTable;
import dyna.api.learning.QTable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/** Exact computations on a true transition table. */
public final class TabularAnalysis {

    private TabularAnalysis() {
    }

    /**
     * The fewest steps from a possible initial state to a terminal transition, following any
     * outcome with positive probability; -1 when no terminal state can be reached.
     */
    public static int shortestPath(TransitionTable table) {
        int[] distance = new int[table.stateCount()];
        Arrays.fill(distance, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < table.stateCount(); s++) {
            if (table.initialProbability(s) > 0) {
                distance[s] = 0;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int a = 0; a < table.actionCount(); a++) {
                for (Outcome o : table.outcomes(s, a)) {
                    if (o.terminated()) {
                        return distance[s] + 1;
                    }
                    if (distance[o.nextState()] < 0) {
                        distance[o.nextState()] = distance[s] + 1;
                        queue.add(o.nextState());
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The number of steps the greedy policy of {@code values} (ties to the first action) takes
     * from the most likely initial state to a terminal transition, following each pair's most
     * likely outcome; -1 when it does not get there within {@code limit} steps.
     */
    public static int greedyPathLength(TransitionTable table, QTable values, int limit) {
        int s = mostLikelyInitialState(table);
        for (int t = 1; t <= limit; t++) {
            int a = greedy(values, s);
            List<Outcome> outcomes = table.outcomes(s, a);
            if (outcomes.isEmpty()) {
                return -1;
            }
            Outcome likely = outcomes.get(0);
            for (Outcome o : outcomes) {
                if (o.probability() > likely.probability()) {
                    likely = o;
                }
            }
            if (likely.terminated()) {
                return t;
            }
            s = likely.nextState();
        }
        return -1;
    }

    /** The greedy action in {@code state}, ties to the first. */
    public static int greedy(QTable values, int state) {
        int best = 0;
        for (int a = 1; a < values.actions(); a++) {
            if (values.get(state, a) > values.get(state, best)) {
                best = a;
            }
        }
        return best;
    }

    private static int mostLikelyInitialState(TransitionTable table) {
        int best = 0;
        for (int s = 1; s < table.stateCount(); s++) {
            if (table.initialProbability(s) > table.initialProbability(best)) {
                best = s;
            }
        }
        return best;
    }
}
