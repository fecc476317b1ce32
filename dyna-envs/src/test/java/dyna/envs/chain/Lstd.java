package dyna.envs.chain;

import dyna.api.env.Outcome;
import dyna.api.env.TransitionTable;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.testkit.LinearSystem;

/**
 * LSTD in closed form on a true transition table (a test helper): the θ solving
 * Σ_s φ(s) (φ(s) − γ E[φ(S')])ᵀ θ = Σ_s φ(s) E[R] over the non-terminal states of a one-action
 * table, weighted equally, with φ = 0 after termination.
 */
final class Lstd {

    private Lstd() {
    }

    static double[] solve(TransitionTable table, Features features, double gamma) {
        int n = features.size();
        double[][] a = new double[n][n];
        double[] b = new double[n];
        FeatureVector x = new FeatureVector(features.maxActive());
        FeatureVector next = new FeatureVector(features.maxActive());
        for (int s = 0; s < table.stateCount(); s++) {
            if (table.outcomes(s, 0).isEmpty()) {
                continue;
            }
            features.encode(s, null, x);
            double[] expectedNext = new double[n];
            double expectedReward = 0;
            for (Outcome outcome : table.outcomes(s, 0)) {
                expectedReward += outcome.probability() * outcome.reward();
                if (!outcome.terminated()) {
                    features.encode(outcome.nextState(), null, next);
                    for (int k = 0; k < next.count(); k++) {
                        expectedNext[next.index(k)] += outcome.probability() * next.value(k);
                    }
                }
            }
            for (int i = 0; i < x.count(); i++) {
                int row = x.index(i);
                for (int j = 0; j < n; j++) {
                    a[row][j] -= x.value(i) * gamma * expectedNext[j];
                }
                for (int j = 0; j < x.count(); j++) {
                    a[row][x.index(j)] += x.value(i) * x.value(j);
                }
                b[row] += x.value(i) * expectedReward;
            }
        }
        return LinearSystem.solve(a, b);
    }
}
