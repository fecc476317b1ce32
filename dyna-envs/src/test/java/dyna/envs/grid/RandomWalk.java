package dyna.envs.grid;

import dyna.api.env.Outcome;
import dyna.api.env.TransitionTable;
import java.util.List;

/** Exact expected hitting times of the uniform random walk on a transition table. */
final class RandomWalk {

    private RandomWalk() {
    }

    /**
     * Solves h(s) = 1 + (1/|A|) sum_a sum_o p(o) h(o.next), with h = 0 at terminal states, by
     * Gaussian elimination over the states that have outcomes.
     */
    static double[] hittingTimes(TransitionTable table) {
        int n = table.stateCount();
        int actions = table.actionCount();
        double[][] a = new double[n][n + 1];
        for (int s = 0; s < n; s++) {
            a[s][s] = 1;
            boolean live = !table.outcomes(s, 0).isEmpty();
            if (!live) {
                continue;
            }
            a[s][n] = 1;
            for (int action = 0; action < actions; action++) {
                List<Outcome> outcomes = table.outcomes(s, action);
                for (Outcome o : outcomes) {
                    if (!o.terminated()) {
                        a[s][o.nextState()] -= o.probability() / actions;
                    }
                }
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] h = new double[n];
        for (int s = 0; s < n; s++) {
            h[s] = a[s][n] / a[s][s];
        }
        return h;
    }
}
