package dyna.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void tQuantilesMatchTheTables() {
        assertEquals(12.706, StudentT.quantile(0.975, 1), 1e-3);
        assertEquals(2.228, StudentT.quantile(0.975, 10), 1e-3);
        assertEquals(2.045, StudentT.quantile(0.975, 29), 1e-3);
        assertEquals(1.960, StudentT.quantile(0.975, 1e6), 1e-3);
        assertEquals(-2.228, StudentT.quantile(0.025, 10), 1e-3);
    }

    @Test
    void twoSidedPOfTheCriticalValueIsFivePercent() {
        assertEquals(0.05, StudentT.twoSidedP(2.228139, 10), 1e-6);
        assertEquals(1.0, StudentT.twoSidedP(0, 7), 1e-12);
        assertEquals(0.5, StudentT.cdf(0, 3), 1e-12);
    }

    @Test
    void theConfidenceIntervalIsMeanPlusOrMinusTTimesStandardError() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.standardDeviation(), 1e-12);
        double half = 2.776445 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, s.low(), 1e-5);
        assertEquals(3 + half, s.high(), 1e-5);
        assertEquals(3.0, s.median(), 1e-12);
    }

    @Test
    void welchWithEqualSamplesIsTheTwoSampleTTest() {
        WelchTest test = WelchTest.of(10, 5.0, 2.0, 10, 7.0, 2.0);
        assertEquals(18.0, test.df(), 1e-9);
        assertEquals(2.0 / Math.sqrt(0.8), test.t(), 1e-12);
        assertEquals(StudentT.twoSidedP(2.0 / Math.sqrt(0.8), 18), test.p(), 1e-12);
        // Unequal variances: Welch-Satterthwaite degrees of freedom.
        WelchTest unequal = WelchTest.of(5, 0, 1, 20, 0, 3);
        double v1 = 1.0 / 5;
        double v2 = 9.0 / 20;
        assertEquals((v1 + v2) * (v1 + v2) / (v1 * v1 / 4 + v2 * v2 / 19), unequal.df(), 1e-9);
        assertEquals(1.0, unequal.p(), 1e-12);
    }
}
