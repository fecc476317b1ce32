package dyna.experiment.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page to send to a colleague (no server, no
 * script, nothing fetched from the network, no file beside it needed). It holds a title and the
 * experiment's description, what was run, the chart, the summary as a table with 95% intervals,
 * the commands that reproduce it, the versions of Dyna, Java and every component, the
 * experiment as a file gives it, and the whole resolved configuration, folded.
 */
public final class Report {

    /** Above this, config.json is not copied into the page (it stands beside it). */
    static final long MAX_CONFIGURATION_BYTES = 256 * 1024;
    /** Above this, the chart is inlined as its PNG rather than its SVG, to keep the page small. */
    static final long MAX_SVG_BYTES = 600 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What the page shows.
     *
     * @param title         the page's title: the experiment's description, or what was measured
     * @param facts         what was run, in a line (environment, points, runs, stop, seed)
     * @param chart         the PNG chart (its SVG stands beside it); may not exist
     * @param summary       the summary as printed
     * @param summaryTable  the summary as an HTML table with intervals, or empty to show {@code summary}
     * @param commands      commands that reproduce the results, one per line
     * @param configuration the resolved configuration (what config.json holds)
     * @param files         the names of the data files beside the page
     */
    public record Page(String title, String facts, Path chart, String summary, String summaryTable,
            List<String> commands, Map<String, Object> configuration, List<String> files) {
    }

    private Report() {
    }

    /** Writes the page atomically. */
    public static void write(Path file, Page page) throws IOException {
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="generator" content="dyna %s">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto;
                         max-width: 1040px; padding: 0 1em; color: #222; line-height: 1.45; }
                  h1 { font-size: 1.45em; margin-bottom: 0.2em; }
                  h2 { font-size: 1.1em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
                  .facts { color: #555; margin-top: 0; }
                  figure { margin: 1em 0; } figure svg, figure img { max-width: 100%%; height: auto; }
                  table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 14px;
                          display: block; max-width: 100%%; overflow-x: auto; }
                  p, dd, li, summary { overflow-wrap: anywhere; }
                  th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: right; white-space: nowrap; }
                  thead th { background: #f3f3f3; } tbody th { text-align: left; font-weight: normal; }
                  .ci { display: block; color: #777; font-size: 12px; }
                  td.significant { font-weight: 600; } caption { caption-side: bottom; text-align: left;
                         color: #555; font-size: 13px; padding-top: 0.4em; }
                  pre { background: #f6f6f6; padding: 0.8em 1em; overflow-x: auto; font-size: 13px; }
                  details { margin: 0.6em 0; } summary { cursor: pointer; color: #1f5fa0; }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                <p class="facts">%s</p>
                <figure>
                %s
                </figure>
                <h2>Summary</h2>
                %s
                <p>Data beside this page: %s.</p>
                <h2>Reproduce</h2>
                <pre>%s</pre>
                <h2>Record</h2>
                %s
                <h2>Versions</h2>
                %s
                <h2>Configuration</h2>
                <details><summary>The experiment, as a file gives it</summary>
                <pre>%s</pre>
                </details>
                %s
                </body>
                </html>
                """.formatted(Html.escape(ConfigurationReport.dynaVersion()), Html.escape(page.title()),
                Html.escape(page.title()), Html.escape(page.facts()), chart(page.chart()), summary(page),
                Html.escape(String.join(", ", page.files())), Html.escape(String.join("\n", page.commands())),
                record(page.configuration()), versions(page.configuration()), Html.escape(json(page.configuration().get("experiment"))),
                configuration(page.configuration()));
        AtomicFiles.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The chart inline: its SVG, or its PNG when the SVG is large, or a line saying there is none. */
    private static String chart(Path png) throws IOException {
        Path svg = png == null ? null : LineChart.svgFile(png);
        if (svg != null && Files.isRegularFile(svg) && Files.size(svg) <= MAX_SVG_BYTES) {
            return scalable(Files.readString(svg, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>", "")
                    .replaceFirst("^\\s*<!DOCTYPE[^>]*>", ""));
        }
        if (png != null && Files.isRegularFile(png)) {
            return "<img alt=\"chart\" src=\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(Files.readAllBytes(png)) + "\">";
        }
        return "<p>(The chart could not be drawn from these results; the data are in the files below.)</p>";
    }

    /**
     * The SVG with a view box of its own size, so that the page can scale it to a phone's width
     * (an SVG with a width and a height but no view box is cut, not scaled).
     */
    static String scalable(String svg) {
        java.util.regex.Matcher root = java.util.regex.Pattern.compile("<svg([^>]*?) width='([0-9.]+)' height='([0-9.]+)'")
                .matcher(svg);
        if (!root.find() || svg.substring(root.start(), svg.indexOf('>', root.start())).contains("viewBox")) {
            return svg;
        }
        return svg.substring(0, root.start()) + "<svg" + root.group(1) + " width='" + root.group(2) + "' height='"
                + root.group(3) + "' viewBox='0 0 " + root.group(2) + " " + root.group(3) + "'" + svg.substring(root.end());
    }

    /**
     * The summary: the table with intervals under the printed heading, then any notes printed
     * after the table (they follow a blank line); the printed text alone if there is no table.
     */
    private static String summary(Page page) {
        if (page.summaryTable().isEmpty()) {
            return "<pre>" + Html.escape(page.summary()) + "</pre>";
        }
        String heading = page.summary().lines().findFirst().orElse("");
        String[] afterTable = page.summary().split("\n\n", 2);
        String notes = afterTable.length < 2 ? "" : afterTable[1].strip();
        return "<p>" + Html.escape(heading) + "; in brackets, the 95% confidence interval of the mean.</p>\n"
                + page.summaryTable() + (notes.isEmpty() ? "" : "<pre>" + Html.escape(notes) + "</pre>\n");
    }

    /**
     * When, how long and where the job ran (config.json's {@code record}): a definition list, or a
     * line saying the results predate records.
     */
    @SuppressWarnings("unchecked")
    private static String record(Map<String, Object> configuration) {
        if (!(configuration.get("record") instanceof Map<?, ?> given)) {
            return "<p>(No record of when and where these results were made.)</p>";
        }
        Map<String, Object> record = (Map<String, Object>) given;
        Map<String, Object> runs = (Map<String, Object>) record.get("runs");
        Object cpu = record.get("cpu-seconds");
        StringBuilder html = new StringBuilder("<table>\n<tbody>\n");
        html.append(fact("started", record.get("started") + " (UTC)"));
        html.append(fact("ended", record.get("ended") + " (UTC)"));
        html.append(fact("this process", record.get("wall-seconds") + " s wall" + (cpu == null ? "" : ", " + cpu
                + " CPU-s") + " on " + record.get("host") + " (" + record.get("cores") + " cores)"));
        html.append(fact("the runs", runs.get("measured") + " timed: " + runs.get("wall-seconds") + " s wall, "
                + runs.get("cpu-seconds") + " CPU-s in all, on " + String.join(", ", (java.util.Collection<String>)
                runs.get("hosts")) + " (each in " + runs.get("each") + ")"));
        html.append(fact("Java", String.valueOf(record.get("java"))));
        html.append(fact("system", String.valueOf(record.get("os"))));
        html.append(fact("Dyna", record.get("dyna") + (record.get("dyna-revision") == null ? ""
                : ", built from " + record.get("dyna-revision"))));
        if (record.get("experiment-revision") != null) {
            html.append(fact("experiment file", "at revision " + record.get("experiment-revision")));
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String fact(String what, String value) {
        return "<tr><th>" + Html.escape(what) + "</th><td style=\"text-align: left\">" + Html.escape(value)
                + "</td></tr>\n";
    }

    /**
     * Dyna's and Java's versions, and the module and version of every component used at any
     * sweep point, swept or not (each id once, in the order of the kinds).
     */
    @SuppressWarnings("unchecked")
    private static String versions(Map<String, Object> configuration) {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr><th>what</th><th>id</th><th>module</th>"
                + "<th>version</th></tr></thead>\n<tbody>\n");
        Map<String, Object> dyna = (Map<String, Object>) configuration.get("dyna");
        html.append(row("Dyna", "", "dyna", String.valueOf(dyna.get("version"))));
        html.append(row("Java", "", "", String.valueOf(dyna.get("java"))));
        List<Map<String, Object>> points = (List<Map<String, Object>>) configuration.get("points");
        Map<String, java.util.LinkedHashSet<String>> rows = new java.util.LinkedHashMap<>();
        for (Map<String, Object> point : points == null ? List.<Map<String, Object>>of() : points) {
            Map<String, Object> components = (Map<String, Object>) point.get("components");
            components.forEach((kind, value) -> {
                Map<String, Object> component = (Map<String, Object>) value;
                rows.computeIfAbsent(kind, k -> new java.util.LinkedHashSet<>()).add(row(kind,
                        String.valueOf(component.get("id")), String.valueOf(component.get("module")),
                        String.valueOf(component.get("version"))));
            });
        }
        rows.values().forEach(kind -> kind.forEach(html::append));
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String row(String what, String id, String module, String version) {
        return "<tr><th>" + Html.escape(what) + "</th><td>" + Html.escape(id) + "</td><td>" + Html.escape(module)
                + "</td><td>" + Html.escape(version) + "</td></tr>\n";
    }

    /** The whole configuration but the record, folded, or a line naming config.json when it is too large to copy. */
    private static String configuration(Map<String, Object> configuration) {
        Map<String, Object> resolved = new java.util.LinkedHashMap<>(configuration);
        resolved.remove("record");   // shown in its own table above: the configuration alone is the same on a rerun
        String all = json(resolved);
        if (all.length() > MAX_CONFIGURATION_BYTES) {
            return "<p>Every sweep point's resolved configuration (" + all.length() / 1024
                    + " KB) is in config.json beside this page.</p>";
        }
        return "<details><summary>Every sweep point's resolved configuration (config.json)</summary>\n<pre>"
                + Html.escape(all) + "</pre>\n</details>";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration as JSON", e);
        }
    }
}
