package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dyna.app.cli.Cli.dyna;

import java.nio.file.Path;
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
        assertTrue(same.out().startsWith("6 cells compared, 0 differ significantly (Welch's t-test, Holm's correction, "
                + "family-wise error rate, alpha 0.05)"), same.out());
    }

    @Test
    void planningDiffersWhereTheBookSaysAfterHolmsCorrection() {
        Cli.Result differ = dyna("compare", planningZero.toString(), planningFifty.toString());
        assertEquals(0, differ.code(), differ.err());
        assertTrue(differ.out().startsWith("6 cells compared, 2 differ significantly"), differ.out());
        assertTrue(differ.out().contains("measure=steps, x=2"), differ.out());
    }

    @Test
    void theComparisonIsAlsoAPageWithTheSignificantCellsMarked() throws Exception {
        Path page = dir.resolve("comparison.html");
        Cli.Result differ = dyna("compare", planningZero.toString(), planningFifty.toString(), "--all", "--report",
                page.toString());
        assertEquals(0, differ.code(), differ.err());
        String html = java.nio.file.Files.readString(page);
        assertTrue(html.contains("6 cells compared, 2 differ significantly"), html);
        assertEquals(6, html.split("<tr", -1).length - 2, "a row per cell, besides the header");
        assertEquals(2, html.split("<tr class=\"significant\">", -1).length - 1, "the two significant cells marked");
        assertTrue(html.contains("measure=steps, x=2"), html);
        assertTrue(!html.contains("<script"), "no script");
    }

    @Test
    void pairedRunsMetTheSameEnvironmentAndThePairedTestSaysSo() {
        Cli.Result paired = dyna("compare", planningZero.toString(), planningFifty.toString(), "--paired", "--all");
        assertEquals(0, paired.code(), paired.err());
        assertTrue(paired.out().startsWith("6 cells compared, 2 differ significantly (paired t-test over runs"),
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
        assertTrue(matched.out().startsWith("12 cells compared"), matched.out());
        assertTrue(matched.out().contains("note: the sets differ in environment dyna-maze"), matched.out());
    }

    @Test
    void withOneRunASideNothingIsTestedAndNothingIsSignificant() {
        Path one = run("one-a", "--env", "dyna-maze", "--param", "planning-steps=0", "--runs", "1");
        Path other = run("one-b", "--env", "dyna-maze", "--param", "planning-steps=50", "--runs", "1");
        Cli.Result result = dyna("compare", one.toString(), other.toString(), "--all");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("6 cells compared, 0 differ significantly"), result.out());
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
