package dyna.app.figures;

import java.util.SplittableRandom;

/**
 * Figure 8.7 of Sutton and Barto: the error of estimating the value of a state-action pair
 * whose b successors are equally likely, by expected updates against sample updates. The
 * successors' values are drawn from N(0, 1) for each task and taken as correct. An expected
 * update costs b successor computations and leaves no error; sample updates with step size
 * 1/t (sample averages) cost one computation each and leave an RMS error of
 * sqrt((b - 1) / (b t)) after t of them. Before any update the error is the initial one, 1.
 */
public final class ExpectedVersusSample {

    private ExpectedVersusSample() {
    }

    /** The book's formula: RMS error after {@code t} sample updates with branching {@code b}. */
    public static double formula(int b, int t) {
        return Math.sqrt((b - 1.0) / (b * (double) t));
    }

    /**
     * The RMS error over {@code tasks} random tasks after t = 1 .. {@code maxSamples} sample
     * updates, measured by simulation.
     *
     * @return element t - 1 is the RMS error after t updates
     */
    public static double[] simulatedSampleError(int b, int maxSamples, int tasks, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] squared = new double[maxSamples];
        double[] successors = new double[b];
        for (int task = 0; task < tasks; task++) {
            double mean = 0;
            for (int i = 0; i < b; i++) {
                successors[i] = gaussian(random);
                mean += successors[i] / b;
            }
            double estimate = 0;
            for (int t = 1; t <= maxSamples; t++) {
                estimate += (successors[random.nextInt(b)] - estimate) / t;
                double error = estimate - mean;
                squared[t - 1] += error * error;
            }
        }
        double[] rms = new double[maxSamples];
        for (int t = 0; t < maxSamples; t++) {
            rms[t] = Math.sqrt(squared[t] / tasks);
        }
        return rms;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
