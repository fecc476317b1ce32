package dyna.app.output;

import dyna.app.experiment.RunResult;
import dyna.app.experiment.SweepPoint;
import java.util.List;

/**
 * The results of an episodic experiment: for each sweep point, the runs' steps and returns
 * per episode, and their means.
 *
 * @param sweptNames the swept parameters, in the order given
 * @param points     the sweep points
 * @param results    results indexed [point][run]
 * @param episodes   episodes per run
 */
public record EpisodeTable(List<String> sweptNames, List<SweepPoint> points, RunResult[][] results, int episodes) {

    /** The mean over runs of the steps of each episode at point {@code p}. */
    public double[] meanSteps(int p) {
        double[] mean = new double[episodes];
        for (RunResult run : results[p]) {
            for (int e = 0; e < episodes; e++) {
                mean[e] += run.steps()[e];
            }
        }
        for (int e = 0; e < episodes; e++) {
            mean[e] /= results[p].length;
        }
        return mean;
    }
}
