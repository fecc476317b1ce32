package dyna.experiment;

import dyna.experiment.stats.Summary;
import java.util.Arrays;
import java.util.List;

/**
 * The results of an experiment: for each sweep point, its runs, and the statistics over runs
 * that the summary and the charts show.
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

    /** The statistics over runs at point {@code p}, one per x value of the measure. */
    public Summary[] summaries(int p, Measure measure) {
        RunResult[] runs = results[p];
        double[][] values = new double[runs.length][];
        for (int r = 0; r < runs.length; r++) {
            values[r] = runs[r].of(measure);
        }
        Summary[] summaries = new Summary[values[0].length];
        double[] column = new double[runs.length];
        for (int x = 0; x < summaries.length; x++) {
            for (int r = 0; r < runs.length; r++) {
                column[r] = values[r][x];
            }
            summaries[x] = Summary.of(column);
        }
        return summaries;
    }

    /** The mean over runs at point {@code p}, one per x value of the measure. */
    public double[] means(int p, Measure measure) {
        return Arrays.stream(summaries(p, measure)).mapToDouble(Summary::mean).toArray();
    }
}
