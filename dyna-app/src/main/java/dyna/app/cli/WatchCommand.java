package dyna.app.cli;

import dyna.core.plugin.LoadedPlugins;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.ExperimentPlan;
import dyna.experiment.ExperimentSpec;
import dyna.experiment.output.AtomicFiles;
import dyna.experiment.output.ResultDirectory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyna watch DIR}: the curves of a sweep that another process is running into DIR, from
 * its journal (read only: the job is never disturbed), refreshed until every run is finished.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show the curves of a sweep while it runs (from the journal of its --out directory): runs "
                + "finished per point and the mean curve of each, refreshed until every run is finished.")
final class WatchCommand implements Callable<Integer> {

    private static final int COLUMNS = 40;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The --out directory of a dyna run, running or done.")
    Path directory;

    @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between looks at the journal (default: ${DEFAULT-VALUE}).")
    double every;

    @Option(names = "--once", description = "Show what is finished now, once, and end.")
    boolean once;

    @Option(names = "--page", paramLabel = "FILE.html",
            description = "Also keep FILE.html (and FILE.png beside it) up to date: the chart of the curves so far and "
                    + "the same lines, a page that reloads itself, for a browser.")
    Path page;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!(every >= 0.5 && every <= 3600)) {
            throw new UsageException("--every " + every + ": give seconds from 0.5 to 3600");
        }
        if (!Files.isDirectory(directory)) {
            throw new UsageException("DIR " + directory + ": no such directory; give the --out directory of a dyna run");
        }
        if (page != null && !page.getFileName().toString().endsWith(".html")) {
            throw new UsageException("--page " + page + ": give a file name ending in .html");
        }
        LoadedPlugins loaded = plugins.loaded();
        ProviderRegistry registry = loaded.registry();
        ExperimentSpec experiment = ResultDirectory.jobSpec(directory, registry.kinds());
        ExperimentPlan plan = ExperimentPlan.of(experiment, registry, loaded.guiceModules());
        SweepSoFar sweep = new SweepSoFar(plan);
        boolean terminal = ProgressBar.onTerminal() && !once;
        int shownLines = 0;
        int shownDone = -1;
        while (true) {
            sweep.refresh(directory.resolve("runs"));
            int done = sweep.done();
            boolean complete = done == plan.totalRuns();
            if (done != shownDone || terminal) {
                List<String> lines = new java.util.ArrayList<>();
                lines.add(String.format("%s: %d of %d runs finished%s (%s)", directory, done, plan.totalRuns(),
                        complete ? ", all" : "", LocalTime.now().truncatedTo(ChronoUnit.SECONDS)));
                lines.addAll(sweep.lines(COLUMNS));
                if (terminal && shownLines > 0) {
                    out.print("\033[" + shownLines + "F\033[J");   // back to the block shown before, and clear it
                }
                lines.forEach(out::println);
                out.flush();
                shownLines = lines.size();
                shownDone = done;
                if (page != null) {
                    writePage(plan, sweep, lines, complete);
                }
            }
            if (once || complete) {
                return 0;
            }
            Thread.sleep((long) (every * 1000));
        }
    }

    private void writePage(ExperimentPlan plan, SweepSoFar sweep, List<String> lines, boolean complete)
            throws java.io.IOException {
        String name = page.getFileName().toString();
        Path png = page.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".png");
        String title = plan.spec().environment() + ": " + plan.measures().get(0).name().replace('_', ' ')
                + " so far";
        Optional<String> problem = sweep.chart(png, title);
        String refresh = complete ? "" : "<meta http-equiv=\"refresh\" content=\"" + Math.max(1, Math.round(every)) + "\">";
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + refresh
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(lines.get(0)) + "</title><style>body{font-family:sans-serif;margin:1em}"
                + "img{max-width:100%;height:auto}pre{overflow-x:auto}</style></head><body>"
                + "<h1>" + escape(plan.spec().description().isEmpty() ? directory.toString() : plan.spec().description())
                + "</h1>" + (problem.isEmpty() ? "<img src=\"" + escape(png.getFileName().toString()) + "?"
                + System.currentTimeMillis() + "\" alt=\"the curves so far\">" : "<p>" + escape(problem.get()) + "</p>")
                + "<pre>" + escape(String.join("\n", lines)) + "</pre>"
                + (complete ? "<p>Every run is finished: the results are in report.html once the job has written them.</p>"
                : "<p>This page reloads itself every " + Math.max(1, Math.round(every)) + " s.</p>")
                + "</body></html>\n";
        AtomicFiles.write(page, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
