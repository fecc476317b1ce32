package dyna.experiment.stats;

import org.apache.commons.statistics.inference.TTest;

/**
 * The paired t-test of the mean difference of runs that met the same environment randomness
 * (Apache Commons Statistics): more powerful than Welch's test when the runs' outcomes depend on
 * the environment's draws. With fewer than two pairs there is no test: t, df and p are NaN.
 *
 * @param difference the mean of second minus first over the pairs
 * @param t          the statistic
 * @param df         pairs minus one
 * @param p          the two-sided p-value
 */
public record PairedTest(double difference, double t, double df, double p) {

    /** The test of {@code second[i] - first[i]}. */
    public static PairedTest of(double[] first, double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + first.length + " and "
                    + second.length);
        }
        double[] differences = new double[first.length];
        for (int i = 0; i < first.length; i++) {
            differences[i] = second[i] - first[i];
        }
        double mean = Samples.mean(differences);
        if (first.length < 2) {
            return new PairedTest(mean, Double.NaN, Double.NaN, Double.NaN);
        }
        if (Samples.standardDeviation(differences) == 0) {
            return new PairedTest(mean, mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean),
                    first.length - 1.0, mean == 0 ? 1 : 0);
        }
        TTest.Result result = TTest.withDefaults().pairedTest(second, first);
        return new PairedTest(mean, result.getStatistic(), result.getDegreesOfFreedom(), result.getPValue());
    }
}
