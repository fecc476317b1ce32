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
 *                  panel's lines being the other dimensions' values; {@value #ONE_PANEL} for one
 *                  panel; null to choose: one panel for a sweep of one dimension, small multiples
 *                  by the dimension of fewest values (the first of those) for two or more
 * @param measures  the measures to draw, a row of panels each (those of {@code metrics:});
 *                  empty for the first measure summarised
 */
public record ChartOptions(boolean logY, double xFrom, String panelsBy, List<Measure> measures) {

    /** What {@code panels-by} says to draw a single panel, whatever the sweep. */
    public static final String ONE_PANEL = "none";

    /** The defaults: a linear y axis, every x value, panels chosen by the sweep, the first measure. */
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

    /**
     * The dimension to draw a panel per value of, for a sweep whose dimensions are {@code swept}
     * (in order) with {@code values} values each: the one asked for, or with none asked for and
     * two or more dimensions swept, the one of fewest values; null for a single panel.
     */
    public String panelsBy(java.util.List<String> swept, java.util.function.ToIntFunction<String> values) {
        if (ONE_PANEL.equals(panelsBy)) {
            return null;
        }
        if (panelsBy != null || swept.size() < 2) {
            return panelsBy;
        }
        String fewest = swept.get(0);
        for (String dimension : swept) {
            if (values.applyAsInt(dimension) < values.applyAsInt(fewest)) {
                fewest = dimension;
            }
        }
        return fewest;
    }

    /**
     * Chart options given on the command line, each replacing the file's.
     *
     * @param logY     a logarithmic y axis or not, or null to keep the file's
     * @param xFrom    the first x value drawn, or null to keep the file's
     * @param panelsBy the dimension of the panels ({@value #ONE_PANEL} for one), or null to keep the file's
     */
    public record Changes(Boolean logY, Double xFrom, String panelsBy) {

        /** No change. */
        public static final Changes NONE = new Changes(null, null, null);

        /** {@code base} with these changes. */
        public ChartOptions applyTo(ChartOptions base) {
            return new ChartOptions(logY != null ? logY : base.logY(), xFrom != null ? xFrom : base.xFrom(),
                    panelsBy != null ? panelsBy : base.panelsBy(), base.measures());
        }
    }
}
