package dyna.app.output;

import dyna.app.experiment.RunResult;
import dyna.app.experiment.SweepPoint;
import java.util.List;

/**
 * The results of an experiment: for each sweep point, its runs, and the means over runs that
 * the summary and the charts show.
 *
 * @param sweptNames the swept dimensions, in order
 * @param points     the sweep points
 * @param results    results indexed [point][run]
 */
public record ResultTable(List<String> sweptNames, List<SweepPoint> points, RunResult[][] results) {

    /** The number of runs per point. */
    public int runs() {
        return results.length == 0 ? 0 : results[0].length;
    }

    /** The mean over runs of the steps of each episode at point {@code p}. */
    public double[] meanEpisodeSteps(int p) {
        int episodes = results[p][0].episodeSteps().length;
        double[] mean = new double[episodes];
        for (RunResult run : results[p]) {
            for (int e = 0; e < episodes; e++) {
                mean[e] += run.episodeSteps()[e];
            }
        }
        return divide(mean, results[p].length);
    }

    /** The mean over runs of the cumulative reward after each real step at point {@code p}. */
    public double[] meanCumulativeReward(int p) {
        int steps = results[p][0].stepRewards().length;
        double[] mean = new double[steps];
        for (RunResult run : results[p]) {
            double total = 0;
            for (int t = 0; t < steps; t++) {
                total += run.stepRewards()[t];
                mean[t] += total;
            }
        }
        return divide(mean, results[p].length);
    }

    /** The mean over runs of the start state's greedy value at each checkpoint, at point {@code p}. */
    public double[] meanStartValues(int p) {
        int checkpoints = results[p][0].startValues().length;
        double[] mean = new double[checkpoints];
        for (RunResult run : results[p]) {
            for (int k = 0; k < checkpoints; k++) {
                mean[k] += run.startValues()[k];
            }
        }
        return divide(mean, results[p].length);
    }

    private static double[] divide(double[] sums, int n) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= n;
        }
        return sums;
    }
}
