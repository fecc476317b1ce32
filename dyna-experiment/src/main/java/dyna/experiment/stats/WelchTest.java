package dyna.experiment.stats;

import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Welch's t-test of the difference of two means with unequal variances (Apache Commons
 * Statistics). With fewer than two runs on a side there is no test: t, df and p are NaN.
 *
 * @param difference mean of the second minus mean of the first
 * @param t          the statistic
 * @param df         the Welch–Satterthwaite degrees of freedom
 * @param p          the two-sided p-value
 */
public record WelchTest(double difference, double t, double df, double p) {

    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

    /** The test from two cells' n, mean and standard deviation. */
    public static WelchTest of(int n1, double mean1, double sd1, int n2, double mean2, double sd2) {
        double difference = mean2 - mean1;
        if (n1 < 2 || n2 < 2 || Double.isNaN(sd1) || Double.isNaN(sd2)) {
            return new WelchTest(difference, Double.NaN, Double.NaN, Double.NaN);
        }
        if (sd1 == 0 && sd2 == 0) {
            // No spread on either side: the means either agree exactly or differ without doubt.
            return new WelchTest(difference, difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference),
                    n1 + n2 - 2.0, difference == 0 ? 1 : 0);
        }
        TTest.Result result = WELCH.test(mean2, sd2 * sd2, n2, mean1, sd1 * sd1, n1);
        return new WelchTest(difference, result.getStatistic(), result.getDegreesOfFreedom(), result.getPValue());
    }

    /** Whether there were runs enough on both sides for a test. */
    public boolean tested() {
        return !Double.isNaN(p);
    }
}
