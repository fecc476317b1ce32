package dyna.app.cli;

import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.Measure;
import dyna.experiment.RunJournal;
import dyna.experiment.RunResult;
import dyna.experiment.output.LineChart;
import dyna.experiment.stats.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a job has finished so far, read from its journal while another process runs it: the runs
 * of each point, the mean curve of the charted measure over them (as a line of text or a chart),
 * or, for a measure of one value per run, their mean and interval.
 */
final class SweepSoFar {

    private static final String BARS = "▁▂▃▄▅▆▇█";
    private final ExperimentPlan plan;
    private final Measure measure;
    private final double[] x;
    private final int from;
    private final Map<String, RunResult> read = new HashMap<>();

    /** The view of {@code plan}'s runs, from the first x its chart draws ({@code x-from}). */
    SweepSoFar(ExperimentPlan plan) {
        this.plan = plan;
        this.measure = plan.measures().get(0);
        this.x = plan.spec().stop().xValues();
        double xFrom = plan.spec().chart().xFrom();
        int first = 0;
        while (!Double.isNaN(xFrom) && first < x.length - 1 && x[first] < xFrom) {
            first++;
        }
        this.from = first;
    }

    /** Reads the runs the journal in {@code runs} lists that were not read before. */
    void refresh(Path runs) throws IOException {
        read.putAll(RunJournal.peek(runs, read.keySet()));
    }

    /** The finished runs of each point, in point order. */
    List<List<RunResult>> finished() {
        List<List<RunResult>> finished = new ArrayList<>();
        for (ExperimentPoint point : plan.points()) {
            List<RunResult> runs = new ArrayList<>();
            for (int r = 0; r < plan.spec().runs(); r++) {
                RunResult result = read.get(RunJournal.fileName(point, r, plan.spec().stop()));
                if (result != null) {
                    runs.add(result);
                }
            }
            finished.add(runs);
        }
        return finished;
    }

    /** How many runs are finished. */
    int done() {
        return finished().stream().mapToInt(List::size).sum();
    }

    /** Whether the measure is a curve (a value per episode, step or checkpoint) rather than one value per run. */
    private boolean curves() {
        return x.length > 0 && !measure.x().isEmpty();
    }

    /**
     * The view as lines of text: how many runs are finished, then a line per point with its runs
     * and the mean curve as a sparkline ({@code columns} wide, one y range for all points, so that
     * they compare) and its last value; or, for one value per run, the mean and interval.
     */
    List<String> lines(int columns) {
        List<List<RunResult>> finished = finished();
        List<String> lines = new ArrayList<>();
        int labelWidth = plan.points().stream().mapToInt(p -> p.point().label().length()).max().orElse(3);
        if (curves()) {
            lines.add(String.format(Locale.ROOT, "%s per %s, mean of the runs finished (%s %s to %s):",
                    measure.name().replace('_', ' '), measure.x(), measure.x(), number(x[from]), number(x[x.length - 1])));
            List<double[]> curves = new ArrayList<>();   // each point's whole mean curve, null without runs
            List<double[]> means = new ArrayList<>();
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (List<RunResult> runs : finished) {
                double[] curve = runs.isEmpty() ? null : means(runs);
                curves.add(curve);
                double[] mean = curve == null ? null : buckets(java.util.Arrays.copyOfRange(curve, from, x.length),
                        columns);
                means.add(mean);
                for (double v : mean == null ? new double[0] : mean) {
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
            for (int p = 0; p < finished.size(); p++) {
                List<RunResult> runs = finished.get(p);
                String spark = means.get(p) == null ? "" : sparkline(means.get(p), low, high);
                String last = runs.isEmpty() ? "" : "last " + number(curves.get(p)[x.length - 1]);
                lines.add(String.format(Locale.ROOT, "  %-" + labelWidth + "s  %s  %-" + columns + "s  %s",
                        plan.points().get(p).point().label(), count(runs), spark, last).stripTrailing());
            }
            if (low <= high) {
                lines.add(String.format(Locale.ROOT, "  (bars from %s to %s)", number(low), number(high)));
            }
        } else {
            lines.add(measure.name().replace('_', ' ') + " per run, mean of the runs finished (95% interval):");
            for (int p = 0; p < finished.size(); p++) {
                List<RunResult> runs = finished.get(p);
                String value = "";
                if (!runs.isEmpty()) {
                    Summary s = Summary.of(runs.stream().mapToDouble(r -> r.of(measure)[0]).toArray());
                    value = number(s.mean()) + (runs.size() > 1 ? " [" + number(s.low()) + ", " + number(s.high()) + "]" : "");
                }
                lines.add(String.format(Locale.ROOT, "  %-" + labelWidth + "s  %s  %s",
                        plan.points().get(p).point().label(), count(runs), value).stripTrailing());
            }
        }
        return lines;
    }

    /**
     * Draws the mean curve of each point with at least one run finished, with its band (95%
     * interval, or one standard error below 5 runs), as a PNG and an SVG; empty when drawn.
     */
    Optional<String> chart(Path png, String title) throws IOException {
        if (!curves()) {
            return Optional.of("a measure of one value per run has no curve");
        }
        List<LineChart.Line> lines = new ArrayList<>();
        List<List<RunResult>> finished = finished();
        for (int p = 0; p < finished.size(); p++) {
            List<RunResult> runs = finished.get(p);
            if (runs.isEmpty()) {
                continue;
            }
            Summary[] summaries = new Summary[x.length];
            for (int i = 0; i < x.length; i++) {
                int at = i;
                summaries[i] = Summary.of(runs.stream().mapToDouble(r -> r.of(measure)[at]).toArray());
            }
            lines.add(LineChart.from(LineChart.band(plan.points().get(p).point().label() + " (" + count(runs) + ")",
                    summaries, x, measure, runs.size() < 5), x[from]));
        }
        if (lines.isEmpty()) {
            return Optional.of("no run has finished yet");
        }
        return LineChart.write(png, title, capitalised(measure.x()), capitalised(measure.name().replace('_', ' ')),
                lines);
    }

    private String count(List<RunResult> runs) {
        int width = String.valueOf(plan.spec().runs()).length();
        return String.format(Locale.ROOT, "%" + width + "d/%d runs", runs.size(), plan.spec().runs());
    }

    private double[] means(List<RunResult> runs) {
        double[] mean = new double[x.length];
        for (RunResult run : runs) {
            double[] values = run.of(measure);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += values[i] / runs.size();
            }
        }
        return mean;
    }

    /** The values averaged into at most {@code columns} buckets of consecutive values. */
    static double[] buckets(double[] values, int columns) {
        int n = Math.min(columns, values.length);
        double[] buckets = new double[n];
        for (int b = 0; b < n; b++) {
            int from = (int) ((long) b * values.length / n);
            int to = (int) ((long) (b + 1) * values.length / n);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += values[i];
            }
            buckets[b] = sum / (to - from);
        }
        return buckets;
    }

    /** One bar per value, from the lowest (▁ at {@code low}) to the highest (█ at {@code high}). */
    static String sparkline(double[] values, double low, double high) {
        StringBuilder line = new StringBuilder();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                line.append(' ');
            } else {
                double share = high > low ? (v - low) / (high - low) : 0.5;
                line.append(BARS.charAt((int) Math.min(BARS.length() - 1, Math.round(share * (BARS.length() - 1)))));
            }
        }
        return line.toString();
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3g", value);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
