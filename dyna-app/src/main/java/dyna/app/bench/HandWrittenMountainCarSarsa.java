package dyna.app.bench;

import java.util.SplittableRandom;

/**
 * The baseline: the book's Mountain Car agent (one-step semi-gradient Sarsa, ε = 0, γ = 1) as a
 * researcher would write it for one experiment: the dynamics inline, a dense tile coder with
 * the same offsets as the framework's (8 tilings, 8 tiles per dimension, displacements 1 and 3)
 * but no index table, and one weight array. Greedy ties are broken at random.
 */
final class HandWrittenMountainCarSarsa {

    private static final int TILINGS = 8;
    private static final int TILES = 8;
    private static final int SPAN = TILES + 4;
    private static final int ACTIONS = 3;
    private final double alpha;
    private final double[] weights = new double[TILINGS * SPAN * SPAN * ACTIONS];
    private final int[] active = new int[TILINGS];
    private final int[] nextActive = new int[TILINGS];
    private final double[] row = new double[ACTIONS];
    private final SplittableRandom random;

    HandWrittenMountainCarSarsa(double alpha, long seed) {
        this.alpha = alpha;
        this.random = new SplittableRandom(seed);
    }

    /** Runs one episode from a random start; returns its steps. */
    int episode(int maxSteps) {
        double x = -0.6 + 0.2 * random.nextDouble();
        double v = 0;
        tiles(x, v, active);
        int a = greedy(active);
        int steps = 0;
        while (steps < maxSteps) {
            v = Math.max(-0.07, Math.min(0.07, v + 0.001 * (a - 1) - 0.0025 * Math.cos(3 * x)));
            x = Math.max(-1.2, Math.min(0.5, x + v));
            if (x == -1.2) {
                v = 0;
            }
            steps++;
            double q = value(active, a);
            if (x >= 0.5) {
                add(active, a, alpha * (-1 - q));
                break;
            }
            tiles(x, v, nextActive);
            int next = greedy(nextActive);
            add(active, a, alpha * (-1 + value(nextActive, next) - q));
            System.arraycopy(nextActive, 0, active, 0, TILINGS);
            a = next;
        }
        return steps;
    }

    private void tiles(double x, double v, int[] out) {
        int qx = (int) Math.floor((x + 1.2) / 1.7 * TILES * TILINGS);
        int qv = (int) Math.floor((v + 0.07) / 0.14 * TILES * TILINGS);
        for (int t = 0; t < TILINGS; t++) {
            int cx = Math.floorDiv(qx + t, TILINGS);
            int cv = Math.floorDiv(qv + 3 * t, TILINGS);
            out[t] = (t * SPAN + cx) * SPAN + cv;
        }
    }

    private double value(int[] tiles, int a) {
        double q = 0;
        for (int tile : tiles) {
            q += weights[tile * ACTIONS + a];
        }
        return q;
    }

    private void add(int[] tiles, int a, double step) {
        for (int tile : tiles) {
            weights[tile * ACTIONS + a] += step;
        }
    }

    private int greedy(int[] tiles) {
        for (int a = 0; a < ACTIONS; a++) {
            row[a] = value(tiles, a);
        }
        double best = Math.max(row[0], Math.max(row[1], row[2]));
        int ties = 0;
        for (double q : row) {
            ties += q == best ? 1 : 0;
        }
        int pick = ties == 1 ? 0 : random.nextInt(ties);
        for (int a = 0; a < ACTIONS; a++) {
            if (row[a] == best && pick-- == 0) {
                return a;
            }
        }
        throw new IllegalStateException("no greedy action");
    }
}
