package dyna.app.output;

import dyna.app.experiment.Measure;
import dyna.app.experiment.ResultTable;
import dyna.app.stats.Summary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
        write(file, table, java.util.List.of(measure), xValues);
    }

    /** Writes the file with the rows of several measures over the same x values, measure by measure. */
    public static void write(Path file, ResultTable table, java.util.List<Measure> measures, double[] xValues)
            throws IOException {
        AtomicFiles.write(file, stream -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            for (String name : table.sweptNames()) {
                out.write(Csv.field(name) + ",");
            }
            out.write("measure,x,n,mean,sd,se,ci95_low,ci95_high,median\n");
            for (Measure measure : measures) {
            for (int p = 0; p < table.points().size(); p++) {
                StringBuilder prefix = new StringBuilder();
                for (String name : table.sweptNames()) {
                    prefix.append(Csv.field(table.points().get(p).swept().get(name))).append(',');
                }
                Summary[] summaries = table.summaries(p, measure);
                for (int i = 0; i < summaries.length; i++) {
                    Summary s = summaries[i];
                    out.append(prefix).append(measure.name()).append(',')
                            .append(measure.x().isEmpty() ? "" : Csv.number(xValues[i])).append(',')
                            .append(Integer.toString(s.n())).append(',').append(Csv.number(s.mean())).append(',')
                            .append(Csv.number(s.standardDeviation())).append(',')
                            .append(Csv.number(s.standardError())).append(',').append(Csv.number(s.low()))
                            .append(',').append(Csv.number(s.high())).append(',').append(Csv.number(s.median()))
                            .append('\n');
                }
            }
            }
            out.flush();
        });
    }
}
