package dyna.api.learning;

/**
 * A feature constructor: turns an observation into a sparse feature vector x(s), written into
 * the caller's buffer. Linear action values are Q(s, a) = w_a · x(s).
 */
public interface Features {

    /** The number of features: every index it gives is in {@code 0 .. size() - 1}. */
    int size();

    /** The most features it makes active for one observation (the buffer's capacity). */
    int maxActive();

    /**
     * Writes the features of an observation into {@code out}.
     *
     * @param state       the discrete state, where observations are discrete
     * @param observation the box observation, where they are boxes (do not keep it)
     */
    void encode(int state, double[] observation, FeatureVector out);
}
