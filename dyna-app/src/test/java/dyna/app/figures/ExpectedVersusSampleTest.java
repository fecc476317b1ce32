package dyna.app.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Figure 8.7: the RMS error of sample updates follows sqrt((b - 1) / (b t)). */
class ExpectedVersusSampleTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 1000})
    void sampleUpdatesErrorFollowsTheBooksFormula(int b) {
        double[] rms = ExpectedVersusSample.simulatedSampleError(b, 2 * b, 4000, 7);
        for (int t : new int[] {1, Math.max(1, b / 10), b / 2, b, 2 * b}) {
            double expected = ExpectedVersusSample.formula(b, t);
            // 4000 tasks: the RMS estimate is within a few percent of its expectation.
            assertEquals(expected, rms[t - 1], 0.06 * expected, "b = " + b + ", t = " + t);
        }
    }
}
