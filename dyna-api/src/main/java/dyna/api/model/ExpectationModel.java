package dyna.api.model;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;

/**
 * A model of expectations over features rather than of outcomes (Sutton, Szepesvári,
 * Geramifard and Bowling 2008, "Dyna-style planning with linear function approximation and
 * prioritized sweeping"): for a feature vector x and an action a it predicts the expected next
 * feature vector E[x' | x, a] (with x' = 0 at termination) and the expected reward E[r | x, a].
 * It answers any feature vector, not only the encoding of an observation: a planner may ask
 * about a unit vector e_i. A linear model predicts F^a x and b^a · x.
 *
 * <p>Such a model cannot draw next observations: its provider declares {@link
 * ModelCapability#EXPECTATION} and not {@link ModelCapability#SAMPLES}, and its {@link
 * #sample} throws {@link UnsupportedOperationException}.
 */
public interface ExpectationModel extends Model {

    /** The number of features of the vectors it reads and writes (the run's feature constructor's {@code size()}). */
    int featureCount();

    /**
     * Writes the expected outcome of the feature vector {@link Transition#features()} and the
     * action {@link Transition#action()} of {@code query}: the expected next features into
     * {@link Transition#nextFeatures()} (which needs room for {@link #featureCount()} active
     * features), the expected reward as its reward, and not terminated (termination is the
     * zero vector's share of the expectation). Leaves the start as it was. The model may lend
     * the next features from its own storage ({@link FeatureVector#borrow}): read them before
     * the model next learns, or copy them.
     */
    void expect(Transition query);

    /**
     * Writes into {@code out} the features that precede feature {@code i} under {@code action}:
     * the j whose activity the model expects to be followed by feature i (F^a_ij ≠ 0 for a linear
     * model), each with that weight. Prioritized sweeping over features backs up to these.
     * {@code out} needs room for {@link #featureCount()} features.
     */
    void predecessors(int i, int action, FeatureVector out);
}
