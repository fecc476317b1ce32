package dyna.core.analysis;

import dyna.api.env.Outcome;
import dyna.api.env.Transition;
import dyna.api.env.TransitionTable;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.model.DistributionModel;
import dyna.api.model.ExpectationModel;
import dyna.api.model.Model;
import java.util.List;

/**
 * How wrong a model is, against the truth of a transition table, averaged over the
 * state-action pairs the agent has tried, each weighted by its number of real visits:
 * <ul>
 *   <li>for a model of distributions ({@link DistributionModel}, the tabular ones): the total
 *       variation distance ½ Σ_s' |p̂(s' | s, a) − p(s' | s, a)| between the model's and the
 *       true next-state distributions (0 for a perfect model, 1 for disjoint ones);</li>
 *   <li>for an {@link ExpectationModel} (Linear Dyna's F, b): the root of the weighted mean of
 *       ‖F^a x(s) − E[x(S') | s, a]‖² + (b^a · x(s) − E[R | s, a])², the error of its expected next
 *       features (x = 0 after termination) and reward.</li>
 * </ul>
 * Nothing is allocated per call beyond the first.
 */
public final class ModelError {

    private final TransitionTable table;
    private final double[] probabilities;
    private final double[] expected;
    private final FeatureVector x;
    private final FeatureVector next;
    private final Transition query;

    /**
     * The reference for one table, for features with up to {@code maxActiveFeatures} active
     * features and {@code featureCount} features in all.
     */
    public ModelError(TransitionTable table, int featureCount, int maxActiveFeatures) {
        this.table = table;
        this.probabilities = new double[table.stateCount()];
        this.expected = new double[featureCount];
        this.x = new FeatureVector(maxActiveFeatures);
        this.next = new FeatureVector(maxActiveFeatures);
        this.query = new Transition(0, Math.max(featureCount, maxActiveFeatures));
    }

    /** Whether the error of {@code model} can be measured: it offers distributions or expectations. */
    public static boolean measurable(Model model) {
        return model instanceof DistributionModel || model instanceof ExpectationModel;
    }

    /**
     * The visit-weighted error of {@code model}; 0 when no pair was visited.
     *
     * @param visits the real visits of (s, a), indexed {@code s * actions + a}
     * @throws IllegalArgumentException when the model is not {@link #measurable}
     */
    public double of(Model model, Features features, long[] visits) {
        int actions = table.actionCount();
        double sum = 0;
        double weight = 0;
        for (int s = 0; s < table.stateCount(); s++) {
            for (int a = 0; a < actions; a++) {
                long n = visits[s * actions + a];
                List<Outcome> outcomes = table.outcomes(s, a);
                if (n == 0 || outcomes.isEmpty()) {
                    continue;
                }
                double error;
                if (model instanceof ExpectationModel expectation) {
                    error = expectationError(expectation, features, s, a, outcomes);
                } else if (model instanceof DistributionModel distribution) {
                    error = totalVariation(distribution, s, a, outcomes);
                } else {
                    throw new IllegalArgumentException("the error of a model is measured for models that offer "
                            + "distributions or expectations, not " + model.getClass().getName());
                }
                sum += n * error;
                weight += n;
            }
        }
        if (weight == 0) {
            return 0;
        }
        return model instanceof ExpectationModel ? Math.sqrt(sum / weight) : sum / weight;
    }

    private double totalVariation(DistributionModel model, int s, int a, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            probabilities[o.nextState()] += o.probability();
        }
        query.start(s, a);
        int count = model.outcomeCount(query);
        for (int i = 0; i < count; i++) {
            double p = model.outcome(query, i);
            probabilities[query.nextState()] -= p;
        }
        double distance = 0;
        for (Outcome o : outcomes) {
            distance += Math.abs(probabilities[o.nextState()]);
            probabilities[o.nextState()] = 0;
        }
        for (int i = 0; i < count; i++) {
            model.outcome(query, i);
            distance += Math.abs(probabilities[query.nextState()]);
            probabilities[query.nextState()] = 0;
        }
        return distance / 2;
    }

    /** The squared error of the expected next features and reward of (s, a). */
    private double expectationError(ExpectationModel model, Features features, int s, int a, List<Outcome> outcomes) {
        double reward = 0;
        for (Outcome o : outcomes) {
            reward += o.probability() * o.reward();
            if (!o.terminated()) {
                features.encode(o.nextState(), null, next);
                for (int k = 0; k < next.count(); k++) {
                    expected[next.index(k)] += o.probability() * next.value(k);
                }
            }
        }
        features.encode(s, null, x);
        query.start(s, a).features().copyFrom(x);
        model.expect(query);
        double squares = (query.reward() - reward) * (query.reward() - reward);
        FeatureVector predicted = query.nextFeatures();
        for (int k = 0; k < predicted.count(); k++) {
            expected[predicted.index(k)] -= predicted.value(k);
        }
        for (int k = 0; k < predicted.count(); k++) {
            int i = predicted.index(k);
            squares += expected[i] * expected[i];
            expected[i] = 0;
        }
        for (Outcome o : outcomes) {
            if (!o.terminated()) {
                features.encode(o.nextState(), null, next);
                for (int k = 0; k < next.count(); k++) {
                    int i = next.index(k);
                    squares += expected[i] * expected[i];
                    expected[i] = 0;
                }
            }
        }
        return squares;
    }
}
