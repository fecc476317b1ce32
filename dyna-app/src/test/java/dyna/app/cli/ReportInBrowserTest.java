package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html as a browser shows it: headless Chromium reads the page of a real run, and the
 * page it built and its screenshot are checked. Without a browser the test is skipped, saying
 * so, unless DYNA_REQUIRE_BROWSER is set (as CI sets it, having installed Chromium).
 */
class ReportInBrowserTest {

    @TempDir
    Path dir;

    private static String browser() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(directory, name))) {
                    return Path.of(directory, name).toString();
                }
            }
        }
        return null;
    }

    private String run(String browser, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("browser.err").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the browser did not finish");
        return out;
    }

    @Test
    void theReportShowsTitleChartTableAndFoldedConfigurationInABrowser() throws Exception {
        String browser = browser();
        if (System.getenv("DYNA_REQUIRE_BROWSER") == null) {
            assumeTrue(browser != null, "no Chromium on PATH: report.html was not checked in a browser "
                    + "(apt-get install chromium, as .ci/run does)");
        }
        assertTrue(browser != null, "DYNA_REQUIRE_BROWSER is set but no Chromium is on PATH");
        Path out = dir.resolve("figure-8.2");
        Path experiment = Path.of("").toAbsolutePath().getParent().resolve("experiments/figure-8.2.yaml");
        StringWriter err = new StringWriter();
        int code = DynaCommand.execute(new String[] {"run", experiment.toString(), "--runs", "10", "--episodes", "12",
                "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Path page = out.resolve("report.html");
        assertTrue(Files.size(page) < 1_000_000, "the page is small: " + Files.size(page));

        String dom = run(browser, "--dump-dom", page.toUri().toString());
        assertTrue(dom.contains("<h1>Sutton &amp; Barto Figure 8.2 - Dyna-Q on the Dyna maze"), "the title is the description");
        Matcher table = Pattern.compile("(?s)<table class=\"summary\">.*?<tbody>(.*?)</tbody>").matcher(dom);
        assertTrue(table.find(), "a summary table");
        assertEquals(3, table.group(1).split("<tr>", -1).length - 1, "a row per sweep point");
        assertEquals(3 * 5, table.group(1).split("class=\"ci\"", -1).length - 1,
                "an interval in every cell: 3 points x episodes 1, 2, 3, 5 and 10");
        assertTrue(table.group(1).contains("<td class=\"significant\">"), "planning's lead over planning-steps 0 is "
                + "marked significant: " + table.group(1));
        assertTrue(dom.contains("<caption>▲ ▼: higher or lower than planning-steps 0"), "and the marks are explained");
        assertTrue(dom.contains("<svg"), "the chart is inline");
        assertTrue(dom.contains("<details><summary>Every sweep point"), "the configuration is folded");
        assertTrue(dom.contains("./dyna run " + out.resolve("spec.json")), "the command that reproduces it");

        Path screenshot = dir.resolve("report.png");
        run(browser, "--screenshot=" + screenshot, "--window-size=1100,1400", page.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1100, image.getWidth());
        int blue = 0;
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                blue += near(rgb, 0x1f77b4) ? 1 : 0;
                red += near(rgb, 0xd62728) ? 1 : 0;
            }
        }
        assertTrue(blue > 200 && red > 200, "the chart's lines are drawn on screen: " + blue + " blue and " + red
                + " red pixels");
    }

    /**
     * The page reads from a phone's width to a wide screen: in frames 375, 768 and 1440 pixels
     * wide, nothing makes the page wider than its frame (wide tables scroll inside themselves) and
     * the chart scales to the width there is.
     */
    @Test
    void theReportFitsAPhoneATabletAndAWideScreen() throws Exception {
        String browser = browser();
        if (System.getenv("DYNA_REQUIRE_BROWSER") == null) {
            assumeTrue(browser != null, "no Chromium on PATH: report.html was not checked at several widths");
        }
        assertTrue(browser != null, "DYNA_REQUIRE_BROWSER is set but no Chromium is on PATH");
        Path out = dir.resolve("wide");
        StringWriter err = new StringWriter();
        int code = DynaCommand.execute(new String[] {"run", "--env", "blocking-maze", "--model",
                "tabular-deterministic,tabular-time", "--bonus", "none,dyna-q-plus,action-bonus", "--param", "alpha=1.0",
                "--steps", "600", "--runs", "3", "--out", out.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Path frames = dir.resolve("frames.html");
        Files.writeString(frames, """
                <!DOCTYPE html><html><body style="margin:0"><div id="out"></div><script>
                const widths = [375, 768, 1440]; const measured = []; let i = 0;
                function next() {
                  if (i >= widths.length) { document.getElementById('out').setAttribute('data-measured', measured.join(';')); return; }
                  const w = widths[i++]; const frame = document.createElement('iframe');
                  frame.style.width = w + 'px'; frame.style.height = '900px'; frame.style.border = '0';
                  frame.onload = () => {
                    const page = frame.contentDocument; const svg = page.querySelector('figure svg');
                    measured.push(w + ' ' + page.documentElement.scrollWidth + ' ' + Math.round(svg.getBoundingClientRect().width));
                    frame.remove(); next();
                  };
                  frame.src = 'REPORT'; document.body.appendChild(frame);
                }
                next();
                </script></body></html>
                """.replace("REPORT", out.resolve("report.html").toUri().toString()));
        String dom = run(browser, "--allow-file-access-from-files", "--window-size=1600,1000",
                "--virtual-time-budget=10000", "--dump-dom", frames.toUri().toString());
        Matcher measured = Pattern.compile("data-measured=\"([^\"]*)\"").matcher(dom);
        assertTrue(measured.find(), "the frames were measured: " + dom);
        String[] widths = measured.group(1).split(";");
        assertEquals(3, widths.length, measured.group(1));
        for (String width : widths) {
            String[] w = width.split(" ");
            int frame = Integer.parseInt(w[0]);
            int page = Integer.parseInt(w[1]);
            int chart = Integer.parseInt(w[2]);
            assertTrue(page <= frame, "at " + frame + " px the page is " + page + " px wide: " + measured.group(1));
            assertTrue(chart <= frame && chart >= Math.min(frame - 64, 960), "at " + frame + " px the chart is " + chart
                    + " px wide: it should take the width there is, up to its own 960");
        }
    }

    private static boolean near(int rgb, int colour) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((colour >> shift) & 0xff)) > 24) {
                return false;
            }
        }
        return true;
    }
}
