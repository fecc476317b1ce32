package dyna.experiment.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Statistics of one cell (a configuration at one x value) over runs. A NaN value is a run in
 * which the measure could not be taken (a model error before the model has learned anything)
 * and is left out: {@code n} counts the runs measured. With fewer than two there is no spread
 * to estimate: the standard deviation, standard error and interval are NaN (written as empty
 * cells), never 0; with none, the mean and median are NaN too.
 *
 * @param n                 the number of runs measured
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
    public static Summary of(double[] all) {
        double[] values = java.util.Arrays.stream(all).filter(v -> !Double.isNaN(v)).toArray();
        int n = values.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
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
