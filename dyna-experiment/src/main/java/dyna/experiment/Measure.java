package dyna.experiment;

/**
 * What a run is measured by, against what x, as {@code summary.csv} and the charts show it.
 *
 * @param name        the measure's name, as a run's series and in {@code metrics:}, for example {@code steps}
 * @param x           the name of its x value, for example {@code episode}; empty for one value per run
 * @param nonNegative whether its values are never below 0 (counts, errors): a chart's confidence
 *                    band is cut at 0 rather than promising the impossible
 */
public record Measure(String name, String x, boolean nonNegative) {

    /** A measure that may take any value (a return, a value estimate). */
    public Measure(String name, String x) {
        this(name, x, false);
    }
}
