package dyna.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void theConfidenceIntervalIsMeanPlusOrMinusTTimesStandardError() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.standardDeviation(), 1e-12);
        double half = 2.776445 * Math.sqrt(2.5) / Math.sqrt(5);   // t(0.975, 4) from the tables
        assertEquals(3 - half, s.low(), 1e-5);
        assertEquals(3 + half, s.high(), 1e-5);
        assertEquals(3.0, s.median(), 1e-12);
        Summary ten = Summary.of(new double[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0});
        assertEquals(2.228139 * ten.standardError(), ten.high() - ten.mean(), 1e-5, "t(0.975, 10)");
    }

    @Test
    void oneRunHasNoSpreadAndNoInterval() {
        Summary s = Summary.of(new double[] {7});
        assertEquals(7.0, s.mean());
        assertTrue(Double.isNaN(s.standardDeviation()) && Double.isNaN(s.low()) && Double.isNaN(s.high()));
    }

    @Test
    void runsWhereTheMeasureWasNotTakenAreLeftOut() {
        Summary s = Summary.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, s.n());
        assertEquals(2.0, s.mean(), 1e-12);
        assertEquals(2.0, s.median(), 1e-12);
        Summary none = Summary.of(new double[] {Double.NaN, Double.NaN});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.median()));
    }

    @Test
    void welchWithEqualSamplesIsTheTwoSampleTTest() {
        WelchTest test = WelchTest.of(10, 5.0, 2.0, 10, 7.0, 2.0);
        assertEquals(18.0, test.df(), 1e-9);
        assertEquals(2.0 / Math.sqrt(0.8), test.t(), 1e-12);
        assertEquals(0.0382, test.p(), 1e-4, "t = 2.236 on 18 df: between the tables' 0.05 (2.101) and 0.02 (2.552)");
        // Unequal variances: Welch-Satterthwaite degrees of freedom.
        WelchTest unequal = WelchTest.of(5, 0, 1, 20, 0, 3);
        double v1 = 1.0 / 5;
        double v2 = 9.0 / 20;
        assertEquals((v1 + v2) * (v1 + v2) / (v1 * v1 / 4 + v2 * v2 / 19), unequal.df(), 1e-9);
        assertEquals(1.0, unequal.p(), 1e-12);
    }

    @Test
    void withFewerThanTwoRunsASideThereIsNoTestNeverASignificantOne() {
        WelchTest test = WelchTest.of(1, 5.0, Double.NaN, 1, 9.0, Double.NaN);
        assertFalse(test.tested());
        assertTrue(Double.isNaN(test.p()));
        assertEquals(4.0, test.difference());
        assertTrue(Double.isNaN(PairedTest.of(new double[] {1}, new double[] {3}).p()));
    }

    @Test
    void thePairedTestUsesTheDifferencesOfPairs() {
        double[] first = {10, 20, 30, 40, 50};
        double[] second = {11, 22, 31, 43, 51};
        PairedTest paired = PairedTest.of(first, second);
        assertEquals(1.6, paired.difference(), 1e-12);
        // differences 1, 2, 1, 3, 1: mean 1.6, sd sqrt(0.8), t = 1.6 / (sqrt(0.8) / sqrt(5)) = 4.0 on 4 df
        assertEquals(4.0, paired.t(), 1e-9);
        assertEquals(4.0, paired.df());
        assertEquals(0.0161, paired.p(), 1e-4);
        assertTrue(WelchTest.of(5, 30, Samples.standardDeviation(first), 5, 31.6, Samples.standardDeviation(second)).p()
                > 0.8, "unpaired, the same numbers show nothing: the runs' spread hides the shift");
    }

    @Test
    void holmAndBenjaminiHochbergAdjustAsPublished() {
        double[] p = {0.01, 0.04, 0.03, 0.005, Double.NaN};
        // Holm: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1, made monotone.
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02, Double.NaN}, MultipleComparisons.HOLM.adjust(p), 1e-12);
        // BH: p * m / rank from the largest down, made monotone: 0.04, 0.04, 0.02, 0.02.
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02, Double.NaN}, MultipleComparisons.BH.adjust(p), 1e-12);
        assertArrayEquals(p, MultipleComparisons.NONE.adjust(p), 1e-12);
    }
}
