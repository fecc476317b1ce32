package dyna.app.bench;

import java.util.SplittableRandom;

/**
 * The baseline: Dyna-Q's planning loop written by hand over primitive arrays, with no
 * interfaces, as a researcher would write it for one experiment. It plans with a copy of a
 * learned deterministic model and Q-table.
 */
final class HandWrittenDynaQ {

    private final int actions;
    private final int[] observedStates;
    private final int[] actionsOf;
    private final int[] actionCount;
    private final int[] next;
    private final double[] reward;
    private final boolean[] terminal;
    private final double[] q;
    private final double alpha;
    private final double gamma;
    private final SplittableRandom random;

    HandWrittenDynaQ(int actions, int[] observedStates, int[] actionsOf, int[] actionCount, int[] next,
            double[] reward, boolean[] terminal, double[] q, double alpha, double gamma, long seed) {
        this.actions = actions;
        this.observedStates = observedStates;
        this.actionsOf = actionsOf;
        this.actionCount = actionCount;
        this.next = next;
        this.reward = reward;
        this.terminal = terminal;
        this.q = q;
        this.alpha = alpha;
        this.gamma = gamma;
        this.random = new SplittableRandom(seed);
    }

    /** Makes {@code updates} planning updates. */
    void plan(long updates) {
        for (long i = 0; i < updates; i++) {
            int s = observedStates[random.nextInt(observedStates.length)];
            int a = actionsOf[s * actions + random.nextInt(actionCount[s])];
            int pair = s * actions + a;
            int s2 = next[pair];
            double target = reward[pair];
            if (!terminal[pair]) {
                int base = s2 * actions;
                double max = q[base];
                for (int b = 1; b < actions; b++) {
                    max = Math.max(max, q[base + b]);
                }
                target += gamma * max;
            }
            q[pair] += alpha * (target - q[pair]);
        }
    }

    /** A value of the table, so that the work cannot be optimised away. */
    double checksum() {
        double sum = 0;
        for (double v : q) {
            sum += v;
        }
        return sum;
    }
}
