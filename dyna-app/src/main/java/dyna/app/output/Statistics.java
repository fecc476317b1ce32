package dyna.app.output;

import java.util.Arrays;

/** Summary statistics of samples. */
public final class Statistics {

    private Statistics() {
    }

    /** The median (the mean of the two middle values for an even count). */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The geometric mean of positive values. */
    public static double geometricMean(double[] values) {
        double logs = 0;
        for (double v : values) {
            logs += Math.log(v);
        }
        return Math.exp(logs / values.length);
    }
}
