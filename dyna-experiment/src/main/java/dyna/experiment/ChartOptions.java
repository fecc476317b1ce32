package dyna.experiment;

import java.util.List;

/**
 * How an experiment's chart is drawn, from the {@code chart:} section of its file.
 *
 * @param logY      a logarithmic y axis (for measures that span orders of magnitude, such as
 *                  steps per episode on Mountain Car)
 * @param xFrom     the first x value drawn (the book's Figure 8.2 starts at episode 2), or NaN
 *                  for all
 * @param panelsBy  a swept dimension to draw one panel per value of (small multiples), each
 *                  panel's lines being the other dimensions' values; null for one panel
 * @param measures  the measures to draw, a row of panels each (those of {@code metrics:});
 *                  empty for the first measure summarised
 */
public record ChartOptions(boolean logY, double xFrom, String panelsBy, List<Measure> measures) {

    /** The defaults: a linear y axis, every x value, one panel, the first measure. */
    public static final ChartOptions DEFAULT = new ChartOptions(false, Double.NaN, null, List.of());

    /** Copies the measures. */
    public ChartOptions {
        measures = List.copyOf(measures);
    }

    /** These options drawing {@code measures}. */
    public ChartOptions drawing(List<Measure> measures) {
        return new ChartOptions(logY, xFrom, panelsBy, measures);
    }

    /** The measures drawn: those asked for, else the first of {@code summarised}. */
    public List<Measure> drawn(List<Measure> summarised) {
        return measures.isEmpty() ? summarised.subList(0, 1) : measures;
    }
}
