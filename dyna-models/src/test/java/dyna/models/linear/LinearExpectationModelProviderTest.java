package dyna.models.linear;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Least squares keeps n × n sums per action, so it takes up to 1,024 features: exactly that many, and not one more. */
class LinearExpectationModelProviderTest {

    private static Features ofSize(int n) {
        return new Features() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public int maxActive() {
                return 1;
            }

            @Override
            public void encode(int state, double[] observation, FeatureVector out) {
                out.oneHot(state);
            }
        };
    }

    @Test
    void leastSquaresTakesUpTo1024Features() {
        LinearExpectationModelProvider provider = new LinearExpectationModelProvider();
        Parameters leastSquares = Parameters.resolve(provider.parameters(), Map.of("estimator", "least-squares"));
        ComponentContext context = new ComponentContext(new Discrete(4), new Discrete(1), new SplittableRandom(1),
                Optional.empty(), Optional.empty(), Map.of());
        assertTrue(provider.create(leastSquares, context, ofSize(LinearExpectationModelProvider.LEAST_SQUARES_MAX_FEATURES))
                instanceof LinearExpectationModel);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> provider.create(leastSquares, context,
                ofSize(LinearExpectationModelProvider.LEAST_SQUARES_MAX_FEATURES + 1))).getMessage()
                .contains("takes up to 1024 features, but the run's features have 1025; use estimator lms"));
    }
}
