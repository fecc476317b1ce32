package dyna.nn;

import java.util.random.RandomGenerator;

/** How a {@link Linear} layer's weights and biases are first drawn. */
public enum Initialization {
    /** PyTorch's default for {@code nn.Linear}: weights and biases uniform in ±1/√in. */
    UNIFORM,
    /**
     * Weights normal with standard deviation 1/(2√in), redrawn beyond two standard deviations,
     * and biases 0: the initialisation of MBPO's and mbrl-lib's model ensembles.
     */
    TRUNCATED_NORMAL;

    /** Fills {@code weights} ({@code [members, in, out]}) and {@code bias} in order, member by member. */
    void fill(Tensor weights, Tensor bias, RandomGenerator random) {
        double[] w = weights.data();
        double[] b = bias.data();
        int in = weights.rows();
        switch (this) {
            case UNIFORM -> {
                double bound = 1 / Math.sqrt(in);
                for (int i = 0; i < w.length; i++) {
                    w[i] = bound * (2 * random.nextDouble() - 1);
                }
                for (int i = 0; i < b.length; i++) {
                    b[i] = bound * (2 * random.nextDouble() - 1);
                }
            }
            case TRUNCATED_NORMAL -> {
                double std = 1 / (2 * Math.sqrt(in));
                for (int i = 0; i < w.length; i++) {
                    double g;
                    do {
                        g = random.nextGaussian();
                    } while (Math.abs(g) > 2);
                    w[i] = g * std;
                }
                java.util.Arrays.fill(b, 0);
            }
        }
    }
}
