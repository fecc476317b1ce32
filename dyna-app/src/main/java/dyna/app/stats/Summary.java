package dyna.app.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Statistics of one cell (a configuration at one x value) over runs. With fewer than two runs
 * there is no spread to estimate: the standard deviation, standard error and interval are NaN
 * (written as empty cells), never 0.
 *
 * @param n                 the number of runs
 * @param mean              the mean
 * @param standardDeviation the sample standard deviation
 * @param standardError     sd / sqrt(n)
 * @param low               the lower end of the 95% confidence interval of the mean (Student's t)
 * @param high              the upper end
 * @param median            the median
 */
public record Summary(int n, double mean, double standardDeviation, double standardError, double low, double high,
        double median) {

    /** The 97.5% quantile of t by degrees of freedom, computed once each. */
    private static final Map<Integer, Double> T975 = new ConcurrentHashMap<>();

    /** The summary of these values. */
    public static Summary of(double[] values) {
        int n = values.length;
        double mean = Samples.mean(values);
        if (n < 2) {
            return new Summary(n, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Samples.median(values));
        }
        double sd = Samples.standardDeviation(values);
        double se = sd / Math.sqrt(n);
        double half = T975.computeIfAbsent(n - 1, df -> TDistribution.of(df).inverseCumulativeProbability(0.975)) * se;
        return new Summary(n, mean, sd, se, mean - half, mean + half, Samples.median(values));
    }
}
