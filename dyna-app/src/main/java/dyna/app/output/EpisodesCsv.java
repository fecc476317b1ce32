package dyna.app.output;

import dyna.app.experiment.RunResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes {@code episodes.csv}, tidy: one row per sweep point x run x episode, with a column per
 * swept parameter (named as the parameter), then {@code run}, {@code episode}, {@code steps},
 * {@code return}. Runs and episodes count from 1. Rows are in a fixed order, so the same seed
 * gives the same bytes whatever the number of threads.
 */
public final class EpisodesCsv {

    private EpisodesCsv() {
    }

    /** Writes the table to {@code file} atomically. */
    public static void write(Path file, EpisodeTable table) throws IOException {
        AtomicFiles.write(file, out -> write(out, table));
    }

    static void write(OutputStream stream, EpisodeTable table) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        for (String name : table.sweptNames()) {
            out.write(Csv.field(name));
            out.write(',');
        }
        out.write("run,episode,steps,return\n");
        for (int p = 0; p < table.points().size(); p++) {
            StringBuilder prefix = new StringBuilder();
            for (String name : table.sweptNames()) {
                prefix.append(Csv.field(table.points().get(p).swept().get(name))).append(',');
            }
            RunResult[] runs = table.results()[p];
            for (int r = 0; r < runs.length; r++) {
                for (int e = 0; e < table.episodes(); e++) {
                    out.append(prefix).append(Integer.toString(r + 1)).append(',')
                            .append(Integer.toString(e + 1)).append(',')
                            .append(Integer.toString(runs[r].steps()[e])).append(',')
                            .append(Csv.number(runs[r].returns()[e])).append('\n');
                }
            }
        }
        out.flush();
    }
}
