package dyna.experiment.output;

import dyna.experiment.Measure;
import dyna.experiment.ResultTable;
import dyna.experiment.stats.Summary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code summary.csv}, tidy: one row per configuration (sweep point) and x value, with a
 * column per swept dimension, then {@code measure}, {@code x}, {@code n}, {@code mean},
 * {@code sd}, {@code se}, {@code ci95_low}, {@code ci95_high} (Student's t) and {@code median}.
 */
public final class SummaryCsv {

    private SummaryCsv() {
    }

    /**
     * Writes the file.
     *
     * @param xValues the x value of each index of the measure (for example the episode number)
     */
    public static void write(Path file, ResultTable table, Measure measure, double[] xValues) throws IOException {
        write(file, table, List.of(measure), xValues);
    }

    /** Writes the file with the rows of several measures over the same x values, measure by measure. */
    public static void write(Path file, ResultTable table, List<Measure> measures, double[] xValues)
            throws IOException {
        AtomicFiles.write(file, stream -> {
            CsvRows out = new CsvRows(new BufferedOutputStream(stream, 1 << 16));
            List<String> header = new ArrayList<>(table.sweptNames());
            header.addAll(List.of("measure", "x", "n", "mean", "sd", "se", "ci95_low", "ci95_high", "median"));
            out.write(header.toArray(String[]::new));
            for (Measure measure : measures) {
                for (int p = 0; p < table.points().size(); p++) {
                    List<String> prefix = Csv.swept(table, p);
                    Summary[] summaries = table.summaries(p, measure);
                    for (int i = 0; i < summaries.length; i++) {
                        Summary s = summaries[i];
                        out.write(prefix, measure.name(), measure.x().isEmpty() ? "" : Csv.number(xValues[i]),
                                Integer.toString(s.n()), Csv.number(s.mean()), Csv.number(s.standardDeviation()),
                                Csv.number(s.standardError()), Csv.number(s.low()), Csv.number(s.high()),
                                Csv.number(s.median()));
                    }
                }
            }
            out.flush();
        });
    }
}
