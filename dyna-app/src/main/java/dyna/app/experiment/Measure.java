package dyna.app.experiment;

/**
 * What a run is measured by, against what x, as {@code summary.csv} and the charts show it.
 *
 * @param name the measure's name, as a run's series and in {@code metrics:}, for example {@code steps}
 * @param x    the name of its x value, for example {@code episode}; empty for one value per run
 */
public record Measure(String name, String x) {
}
