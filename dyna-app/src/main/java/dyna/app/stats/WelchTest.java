package dyna.app.stats;

/**
 * Welch's t-test of the difference of two means with unequal variances.
 *
 * @param difference mean of the second minus mean of the first
 * @param t          the statistic
 * @param df         the Welch–Satterthwaite degrees of freedom
 * @param p          the two-sided p-value
 */
public record WelchTest(double difference, double t, double df, double p) {

    /** The test from two cells' n, mean and standard deviation. */
    public static WelchTest of(int n1, double mean1, double sd1, int n2, double mean2, double sd2) {
        double v1 = sd1 * sd1 / n1;
        double v2 = sd2 * sd2 / n2;
        double difference = mean2 - mean1;
        if (v1 + v2 == 0) {
            return new WelchTest(difference, difference == 0 ? 0 : Double.POSITIVE_INFINITY, n1 + n2 - 2.0,
                    difference == 0 ? 1 : 0);
        }
        double t = difference / Math.sqrt(v1 + v2);
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        return new WelchTest(difference, t, df, StudentT.twoSidedP(t, df));
    }
}
