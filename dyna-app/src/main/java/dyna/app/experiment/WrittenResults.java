package dyna.app.experiment;

/**
 * What a stop condition wrote into a result directory.
 *
 * @param data    the tidy data file's name, for example {@code episodes.csv}
 * @param chart   the PNG chart's name (an SVG of the same name stands beside it)
 * @param summary the summary for the terminal and the report
 */
public record WrittenResults(String data, String chart, String summary) {
}
