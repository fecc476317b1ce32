package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dyna.app.cli.Cli.dyna;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyna compare} gives only statistics it can stand behind. */
class CompareCommandTest {

    @TempDir
    static Path dir;


    private static Path run(String name, String... args) {
        Path out = dir.resolve(name);
        String[] all = new String[args.length + 6];
        all[0] = "run";
        all[1] = "--episodes";
        all[2] = "3";
        all[3] = "--out";
        all[4] = out.toString();
        all[5] = "--threads=2";
        System.arraycopy(args, 0, all, 6, args.length);
        Cli.Result result = dyna(all);
        assertEquals(0, result.code(), result.err());
        return out;
    }

    private static Path planningZero;
    private static Path planningFifty;

    @BeforeAll
    static void runTwoSets() {
        planningZero = run("n0", "--env", "dyna-maze", "--param", "planning-steps=0", "--runs", "30");
        planningFifty = run("n50", "--env", "dyna-maze", "--param", "planning-steps=50", "--runs", "30");
    }

    @Test
    void aSetAgainstItselfDiffersNowhere() {
        Cli.Result same = dyna("compare", planningZero.toString(), planningZero.toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().startsWith("the two sets ran the same experiment (every setting and the seed)\n"
                + "6 cells compared, 0 differ significantly (Welch's t-test, Holm's correction, "
                + "family-wise error rate, alpha 0.05)"), same.out());
        assertTrue(same.out().contains("whole curves: 2 compared, 0 differ significantly"), same.out());
    }

    @Test
    void planningDiffersWhereTheBookSaysAfterHolmsCorrection() {
        Cli.Result differ = dyna("compare", planningZero.toString(), planningFifty.toString());
        assertEquals(0, differ.code(), differ.err());
        assertTrue(differ.out().startsWith("what differs: planning-steps 0 against 50\n6 cells compared, 2 differ "
                + "significantly"), differ.out());
        assertTrue(differ.out().contains("measure=steps, x=2"), differ.out());
    }

    /**
     * The whole curve is one test: each run's mean over a named window of episodes, the two sets'
     * runs compared, paired where they met the same environment; the window can be narrowed.
     */
    @Test
    void theWholeCurveIsTestedOverANamedWindow() {
        Cli.Result whole = dyna("compare", planningZero.toString(), planningFifty.toString(), "--paired");
        assertEquals(0, whole.code(), whole.err());
        assertTrue(whole.out().contains("whole curves: 2 compared, 1 differ significantly (each run's mean over episode 1 "
                + "to 3 (3 values); paired t-test over runs, Holm's correction"), whole.out());
        java.util.regex.Matcher steps = java.util.regex.Pattern.compile("(?m)^measure=steps\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"
                + "\\s+(\\S+)\\s+(\\S+) \\*$").matcher(whole.out());
        assertTrue(steps.find(), "the steps curve differs, marked: " + whole.out());
        assertTrue(Double.parseDouble(steps.group(2)) < Double.parseDouble(steps.group(1)) / 2,
                "50 planning steps take far fewer steps over the window: " + steps.group());
        Cli.Result late = dyna("compare", planningZero.toString(), planningFifty.toString(), "--window", "2:");
        assertTrue(late.out().contains("each run's mean over episode 2 to 3 (2 values)"), late.out());
        Cli.Result first = dyna("compare", planningZero.toString(), planningFifty.toString(), "--window", ":1");
        assertTrue(first.out().contains("whole curves: 2 compared, 0 differ significantly (each run's mean over episode 1 "
                + "to 1 (1 values)"), "the first episode is the same random walk for both: " + first.out());
        Cli.Result bad = dyna("compare", planningZero.toString(), planningFifty.toString(), "--window", "3");
        assertEquals(2, bad.code());
        assertEquals("dyna compare: --window 3: give FROM:TO, such as 1:50 or 100: (x values, both ends included)",
                bad.err().strip());
    }

    @Test
    void theComparisonIsAlsoAPageWithTheSignificantCellsMarked() throws Exception {
        Path page = dir.resolve("comparison.html");
        Cli.Result differ = dyna("compare", planningZero.toString(), planningFifty.toString(), "--all", "--report",
                page.toString());
        assertEquals(0, differ.code(), differ.err());
        String html = java.nio.file.Files.readString(page);
        assertTrue(html.contains("6 cells compared, 2 differ significantly"), html);
        String cells = html.substring(html.indexOf("<h2>Cells</h2>"));
        assertEquals(6, cells.split("<tr", -1).length - 2, "a row per cell, besides the header");
        assertEquals(2, cells.split("<tr class=\"significant\">", -1).length - 1, "the two significant cells marked");
        String curves = html.substring(html.indexOf("<h2>Whole curves</h2>"), html.indexOf("<h2>Cells</h2>"));
        assertTrue(curves.contains("<svg") && curves.contains(">1<") && curves.contains(">2<"),
                "both sets' curves drawn, inline");
        assertEquals(1, curves.split("<tr class=\"significant\">", -1).length - 1, "the steps curve marked");
        assertTrue(html.contains("measure=steps, x=2"), html);
        assertTrue(!html.contains("<script"), "no script");
    }

    /** A report path is only what it says: a regular file, never a FIFO, a link or a file of a compared set. */
    @Test
    void aReportIsWrittenOnlyAsARegularFileOutsideTheSetsCompared() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path target = java.nio.file.Files.writeString(dir.resolve("kept.txt"), "kept");
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("link.html"), target);
        byte[] summary = java.nio.file.Files.readAllBytes(planningZero.resolve("summary.csv"));
        for (String[] refused : List.of(new String[] {fifo.toString(), "is not a regular file (a FIFO, a device or a socket)"},
                new String[] {link.toString(), "is a symbolic link"},
                new String[] {dir.toString(), "is a directory"},
                new String[] {planningZero.resolve("summary.csv").toString(), "a result set being compared"})) {
            Cli.Result result = dyna("compare", planningZero.toString(), planningFifty.toString(), "--report", refused[0]);
            assertEquals(2, result.code(), result.err());
            assertTrue(result.err().contains(refused[1]) && result.err().strip().lines().count() == 1, result.err());
        }
        assertEquals("kept", java.nio.file.Files.readString(target));
        assertTrue(java.util.Arrays.equals(summary, java.nio.file.Files.readAllBytes(planningZero.resolve("summary.csv"))));
        Cli.Result json = dyna("bench", "--json", fifo.toString());
        assertEquals(2, json.code(), json.err());
        assertTrue(json.err().contains("is not a regular file"), json.err());
    }

    /** A set whose file is not the one it was written with is not read as a whole set. */
    @Test
    void aSetWithAChangedFileIsNotCompared() throws Exception {
        Path copy = java.nio.file.Files.createDirectories(dir.resolve("changed"));
        for (Path file : java.nio.file.Files.list(planningZero).filter(java.nio.file.Files::isRegularFile).toList()) {
            java.nio.file.Files.copy(file, copy.resolve(file.getFileName()).toAbsolutePath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        java.nio.file.Files.writeString(copy.resolve("summary.csv"), "measure\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result result = dyna("compare", copy.toString(), planningZero.toString());
        assertEquals(2, result.code(), result.err());
        assertTrue(result.err().contains("summary.csv: not the file its result set was written with"), result.err());
    }

    @Test
    void pairedRunsMetTheSameEnvironmentAndThePairedTestSaysSo() {
        Cli.Result paired = dyna("compare", planningZero.toString(), planningFifty.toString(), "--paired", "--all");
        assertEquals(0, paired.code(), paired.err());
        assertTrue(paired.out().contains("\n6 cells compared, 2 differ significantly (paired t-test over runs"),
                paired.out());
        Path otherSeed = run("n50-seed2", "--env", "dyna-maze", "--param", "planning-steps=50", "--runs", "30",
                "--seed", "2");
        Cli.Result refused = dyna("compare", planningZero.toString(), otherSeed.toString(), "--paired");
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("dyna compare: --paired: runs pair only when both sets have the same "
                + "environment and master seed (1 against 2)"), refused.err());
    }

    @Test
    void setsOfDifferentEnvironmentsOrStopsAreRefusedUnlessTheColumnsToMatchAreNamed() {
        Path blocking = run("blocking", "--env", "blocking-maze", "--param", "planning-steps=0,50", "--runs", "5");
        Path dynaMaze = run("dyna", "--env", "dyna-maze", "--param", "planning-steps=0,50", "--runs", "5");
        Cli.Result refused = dyna("compare", dynaMaze.toString(), blocking.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("dyna compare: " + dynaMaze + " and " + blocking
                + " differ in environment dyna-maze "), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        Cli.Result matched = dyna("compare", dynaMaze.toString(), blocking.toString(), "--match", "planning-steps");
        assertEquals(0, matched.code(), matched.err());
        assertTrue(matched.out().startsWith("what differs: environment dyna-maze against blocking-maze\n12 cells compared"),
                matched.out());
        assertTrue(matched.out().contains("note: the sets differ in environment dyna-maze"), matched.out());
    }

    @Test
    void withOneRunASideNothingIsTestedAndNothingIsSignificant() {
        Path one = run("one-a", "--env", "dyna-maze", "--param", "planning-steps=0", "--runs", "1");
        Path other = run("one-b", "--env", "dyna-maze", "--param", "planning-steps=50", "--runs", "1");
        Cli.Result result = dyna("compare", one.toString(), other.toString(), "--all");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("\n6 cells compared, 0 differ significantly"), result.out());
        assertTrue(result.out().contains("6 cells not tested: fewer than 2 runs on a side"), result.out());
        assertTrue(result.out().contains("too few runs"), result.out());
    }

    @Test
    void aDirectoryWithoutResultsIsAUsageError() {
        Cli.Result missing = dyna("compare", planningZero.toString(), dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("config.json: not found"), missing.err());
    }
}
