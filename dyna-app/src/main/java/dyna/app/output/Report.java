package dyna.app.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code report.html}: one self-contained page (no server, no file beside it needed)
 * with the chart (inline SVG), the summary table and the resolved experiment.
 */
public final class Report {

    private Report() {
    }

    /**
     * Writes the page atomically.
     *
     * @param svg           the chart to inline
     * @param summary       the summary table as printed
     * @param configuration the resolved experiment (config.json)
     * @param files         the names of the data files beside the page, for the reader
     */
    public static void write(Path file, String title, Path svg, String summary, Path configuration, String files)
            throws IOException {
        String chart = Files.isRegularFile(svg)
                ? Files.readString(svg, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>", "")
                        .replaceFirst("^\\s*<!DOCTYPE[^>]*>", "")
                : "<p>(The chart could not be drawn from these results; the data are in the files below.)</p>";
        String page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }
                  pre { background: #f6f6f6; padding: 1em; overflow-x: auto; font-size: 13px; }
                  svg { max-width: 100%%; height: auto; }
                  h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                %s
                <h2>Summary</h2>
                <pre>%s</pre>
                <p>Data beside this page: %s.</p>
                <h2>Resolved experiment</h2>
                <pre>%s</pre>
                </body>
                </html>
                """.formatted(escape(title), escape(title), chart, escape(summary), escape(files),
                escape(Files.readString(configuration, StandardCharsets.UTF_8)));
        AtomicFiles.write(file, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
