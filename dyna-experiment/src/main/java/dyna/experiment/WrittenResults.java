package dyna.experiment;

import java.util.List;

/**
 * What a stop condition wrote into a result directory.
 *
 * @param data     the tidy data file's name, for example {@code episodes.csv}
 * @param chart    the PNG chart's name (an SVG of the same name stands beside it), if it was drawn
 * @param summary      the summary for the terminal (and the report, without a table)
 * @param summaryTable the summary's table as HTML, with intervals, for the report; empty if none
 * @param warnings     what could not be written, one line each (a chart that cannot be drawn)
 */
public record WrittenResults(String data, String chart, String summary, String summaryTable, List<String> warnings) {

    /** Copies the list. */
    public WrittenResults {
        warnings = List.copyOf(warnings);
    }

    /** Results whose summary is text alone. */
    public WrittenResults(String data, String chart, String summary, List<String> warnings) {
        this(data, chart, summary, "", warnings);
    }
}
