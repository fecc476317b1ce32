package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dyna.app.cli.Cli.dyna;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dyna} command as a user meets it. */
class CommandLineTest {

    @TempDir
    Path dir;


    private static long lines(String text) {
        return text.lines().count();
    }

    @Test
    @Tag("module-path")   // names modules and their versions, which the class path has not
    void listShowsEveryKindWithIdsParametersModulesAndVersions() {
        Cli.Result result = dyna("list");
        assertEquals(0, result.code(), result.err());
        for (String expected : List.of("ENVIRONMENTS", "MODELS", "PLANNERS", "EXPLORATION BONUSES", "UPDATE RULES",
                "POLICIES", "dyna-maze", "tabular-deterministic", "random-sample", "none", "q-learning",
                "epsilon-greedy", "alpha                real, default 0.1 in [0, 1]: step size",
                "planning-steps       integer, default 5 in [0, 1000000]", "from dyna.core 0.4.0")) {
            assertTrue(result.out().contains(expected), "missing '" + expected + "' in\n" + result.out());
        }
    }

    @Test
    void runWritesTidyCsvChartAndResolvedConfiguration() throws Exception {
        Path out = dir.resolve("fig");
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--runs", "2",
                "--episodes", "3", "--seed", "9", "--threads", "2", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> csv = Files.readAllLines(out.resolve("episodes.csv"));
        assertEquals("planning-steps,run,episode,steps,return,truncated,planning_updates", csv.get(0));
        assertEquals(1 + 2 * 2 * 3, csv.size());
        assertTrue(csv.get(1).startsWith("0,1,1,"), csv.get(1));
        assertTrue(csv.get(12).startsWith("5,2,3,"), csv.get(12));
        byte[] png = Files.readAllBytes(out.resolve("episodes.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals(9, config.get("seed").asInt());
        assertEquals(2, config.get("points").size());
        JsonNode first = config.get("points").get(0);
        assertEquals(0, first.get("agent").get("planning-steps").asInt());
        assertEquals("dyna-maze", first.get("components").get("environment").get("id").asText());
        assertEquals(0.1, first.get("components").get("update-rule").get("parameters").get("alpha").asDouble());
        assertFalse(first.get("components").get("model").get("version").asText().isBlank());
        assertTrue(result.out().contains("planning-steps"), result.out());
        assertTrue(result.out().contains("ep 1"), result.out());
        try (var files = Files.list(out)) {
            assertEquals(List.of(".dyna-results", ".dyna.lock", "config.json", "episodes.csv", "episodes.png",
                    "episodes.svg", "report.html", "runs", "runs.csv", "spec.json", "summary.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file is left behind");
        }
    }

    @Test
    void theReportIsOnePageWithTheChartTheSummaryAndTheExperiment() throws Exception {
        Path out = dir.resolve("report");
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--runs", "3",
                "--episodes", "5", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        String svg = Files.readString(out.resolve("episodes.svg"));
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), "a whole SVG document");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<svg"), "the chart is inline, so the page needs no file beside it");
        assertTrue(html.contains("planning-steps=5"), "the legend names the configurations");
        assertTrue(html.contains("ep 1"), "the summary table");
        assertTrue(html.contains("&quot;") || html.contains("\"module\" : \"dyna.models\""), "the resolved experiment");
        assertTrue(!html.contains("src=\"") && !html.contains("href=\""), "no external resource");
    }

    @Test
    void theSameSeedGivesByteIdenticalCsvWithOneThreadOrMany() throws Exception {
        byte[][] csv = new byte[3][];
        int[] threads = {1, 2, 4};
        for (int i = 0; i < threads.length; i++) {
            Path out = dir.resolve("t" + threads[i]);
            Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5,50", "--runs", "6",
                    "--episodes", "5", "--threads", Integer.toString(threads[i]), "--out", out.toString());
            assertEquals(0, result.code(), result.err());
            csv[i] = Files.readAllBytes(out.resolve("episodes.csv"));
        }
        assertArrayEquals(csv[0], csv[1]);
        assertArrayEquals(csv[0], csv[2]);
    }

    @Test
    void addingAValueToASweepLeavesTheExistingRunsUnchanged() throws Exception {
        dyna("run", "--env", "dyna-maze", "--param", "planning-steps=5", "--runs", "3", "--episodes", "4",
                "--out", dir.resolve("a").toString());
        dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--runs", "3", "--episodes", "4",
                "--out", dir.resolve("b").toString());
        List<String> alone = Files.readAllLines(dir.resolve("a/episodes.csv")).subList(1, 13);
        List<String> inSweep = Files.readAllLines(dir.resolve("b/episodes.csv")).stream()
                .filter(l -> l.startsWith("5,")).map(l -> l.substring(2)).toList();
        assertEquals(alone, inSweep);
    }

    @Test
    void aRunOfFixedStepsSweepsComponentsAndWritesStepsCsvAndChart() throws Exception {
        Path out = dir.resolve("steps");
        Cli.Result result = dyna("run", "--env", "blocking-maze", "--model", "tabular-deterministic,tabular-time",
                "--bonus", "none,dyna-q-plus", "--param", "kappa=1e-3", "--param", "change-at=20", "--steps", "50",
                "--runs", "2", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> csv = Files.readAllLines(out.resolve("steps.csv"));
        assertEquals("model,bonus,run,step,cumulative_reward", csv.get(0));
        assertEquals(1 + 4 * 2 * 50, csv.size());
        assertTrue(csv.get(1).startsWith("tabular-deterministic,none,1,1,"), csv.get(1));
        assertTrue(csv.get(400).startsWith("tabular-time,dyna-q-plus,2,50,"), csv.get(400));
        assertTrue(Files.size(out.resolve("steps.png")) > 1000);
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals(50, config.get("steps").asInt());
        JsonNode noBonus = config.get("points").get(0).get("components").get("bonus");
        assertEquals("none", noBonus.get("id").asText());
        assertTrue(noBonus.get("parameters").isEmpty(), "kappa goes only to the bonuses that declare it");
        JsonNode plus = config.get("points").get(1).get("components").get("bonus");
        assertEquals(0.001, plus.get("parameters").get("kappa").asDouble());
        assertTrue(result.out().contains("tabular-time, dyna-q-plus"), result.out());
    }

    @Test
    void aRunUntilOptimalWritesUpdatesPerRunAndTheirMedian() throws Exception {
        Path out = dir.resolve("optimal");
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--planner", "random-sample,prioritized-sweeping",
                "--param", "scale=1,2", "--until-optimal", "--runs", "3", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> csv = Files.readAllLines(out.resolve("optimal.csv"));
        assertEquals("planner,scale,run,reached,updates,episodes,real_steps", csv.get(0));
        assertEquals(1 + 2 * 2 * 3, csv.size());
        assertTrue(csv.get(1).startsWith("random-sample,1,1,true,"), csv.get(1));
        assertTrue(Files.size(out.resolve("optimal.png")) > 1000);
        assertTrue(result.out().contains("geometric mean"), result.out());
        assertTrue(result.out().contains("prioritized-sweeping, 2"), result.out());
    }

    @Test
    void aPlanningOnlyRunTracksTheStartValueAtEachCheckpoint() throws Exception {
        Path out = dir.resolve("planning");
        Cli.Result result = dyna("run", "--env", "random-task", "--model", "known-dynamics", "--planner",
                "uniform-expected,on-policy-expected", "--param", "states=50", "--param", "alpha=1", "--param",
                "gamma=1", "--planning-only", "400", "--checkpoints", "4", "--runs", "2", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> csv = Files.readAllLines(out.resolve("planning.csv"));
        assertEquals("planner,run,updates,start_value", csv.get(0));
        assertEquals(1 + 2 * 2 * 5, csv.size());
        assertTrue(csv.get(1).startsWith("uniform-expected,1,0,"), csv.get(1));
        assertTrue(csv.get(5).startsWith("uniform-expected,1,400,"), csv.get(5));
        assertTrue(Files.size(out.resolve("planning.png")) > 1000);
    }

    @Test
    void expectedUpdatePlannersAlsoRunWithALearnedModel() {
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--planner", "uniform-expected", "--model", "tabular-time",
                "--episodes", "1", "--out", dir.toString());
        assertEquals(0, result.code(), "tabular-time offers distributions: " + result.err());
    }

    @Test
    void figureEightSevenWritesItsCsvAndChart() throws Exception {
        Path out = dir.resolve("f87");
        Cli.Result result = dyna("figure", "8.7", "--tasks", "200", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> csv = Files.readAllLines(out.resolve("figure-8.7.csv"));
        assertEquals("b,update,computations,rms_error,formula", csv.get(0));
        assertEquals(1 + 4 + 20 + 200 + 2000, csv.size());
        assertTrue(Files.size(out.resolve("figure-8.7.png")) > 1000);
        assertEquals(2, dyna("figure", "8.9", "--out", out.toString()).code());
    }

    @Test
    void summaryCsvHasMeanAndConfidenceIntervalPerConfigurationAndEpisode() throws Exception {
        Path out = dir.resolve("summary");
        dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--runs", "4", "--episodes", "3",
                "--out", out.toString());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("planning-steps,measure,x,n,mean,sd,se,ci95_low,ci95_high,median", summary.get(0));
        assertEquals(1 + 2 * 2 * 3, summary.size(), "steps and return, for 2 configurations and 3 episodes");
        assertTrue(summary.get(1).startsWith("0,steps,1,4,"), summary.get(1));
        assertTrue(summary.get(7).startsWith("0,return,1,4,1,0,0,1,1,1"), summary.get(7));
    }

    @Test
    void anExperimentFileGivesTheSameResultsAsTheSameExperimentOnTheCommandLine() throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), """
                environment: dyna-maze
                parameters:
                  planning-steps: [0, 5]
                runs: 3
                seed: 4
                stop:
                  episodes: 4
                """);
        Cli.Result fromFile = dyna("run", file.toString(), "--out", dir.resolve("f").toString());
        assertEquals(0, fromFile.code(), fromFile.err());
        dyna("run", "--env", "dyna-maze", "--param", "planning-steps=0,5", "--runs", "3", "--seed", "4",
                "--episodes", "4", "--out", dir.resolve("c").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("c/episodes.csv")),
                Files.readAllBytes(dir.resolve("f/episodes.csv")));
        Cli.Result overridden = dyna("run", file.toString(), "--param", "planning-steps=50", "--runs", "2", "--out",
                dir.resolve("o").toString());
        assertEquals(0, overridden.code(), overridden.err());
        assertEquals(1 + 2 * 4, Files.readAllLines(dir.resolve("o/episodes.csv")).size());
    }

    @Test
    void anExperimentFileWithAValueOutOfRangeNamesItsLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "environment: dyna-maze\nparameters:\n  alpha: 1.5\n");
        Cli.Result result = dyna("run", file.toString(), "--out", dir.toString());
        assertEquals(2, result.code());
        assertEquals("dyna run: " + file + ":3:10: parameter alpha: '1.5' is not valid; expected a value in [0, 1]",
                result.err().strip());
        Cli.Result both = dyna("run", file.toString(), "--env", "dyna-maze", "--out", dir.toString());
        assertEquals(2, both.code());
        Path metric = Files.writeString(dir.resolve("metric.yaml"),
                "environment: dyna-maze\nstop:\n  steps: 10\nmetrics: [steps]\n");
        Cli.Result wrongMetric = dyna("run", metric.toString(), "--out", dir.toString());
        assertEquals(2, wrongMetric.code());
        assertEquals("dyna run: " + metric + ":4:11: metric 'steps' is not measured by this stop condition; valid: "
                + "cumulative_reward", wrongMetric.err().strip());
    }

    @Test
    void episodesAndStepsTogetherAreAUsageError() {
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--episodes", "5", "--steps", "100", "--out", dir.toString());
        assertEquals(2, result.code());
        assertEquals("dyna run: give one of --episodes, --steps, --until-optimal, --until-solved and --planning-only",
                result.err().strip());
    }

    @Test
    void untilSolvedRunsEachRunUntilItsWindowOfReturnsReachesTheThreshold() throws Exception {
        Path out = dir.resolve("solved");
        Cli.Result result = dyna("run", "--env", "mountain-car", "--model", "no-model", "--values", "linear",
                "--features", "tile-coding", "--update-rule", "sarsa", "--param", "epsilon=0", "--param", "alpha=0.0625",
                "--param", "gamma=1", "--until-solved=-200", "--window", "5", "--max-steps", "200000", "--runs", "2",
                "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Real steps until the mean return of 5 episodes reaches -200 (at most "
                + "200000) over 2 runs (mountain-car, seed 1)"), result.out());
        List<String> rows = Files.readAllLines(out.resolve("solved.csv"));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("1,true,") && rows.get(2).startsWith("2,true,"), rows.toString());
        Cli.Result bad = dyna("run", "--env", "mountain-car", "--until-solved=-200", "--window", "0", "--out",
                dir.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertEquals("dyna run: --window must be a whole number in [1, 100000], not 0", bad.err().strip());
    }

    @Test
    void aParameterThatNoChosenComponentDeclaresIsRefusedEvenInASweep() {
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--bonus", "none", "--param", "kappa=0.1",
                "--out", dir.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("dyna run: unknown parameter 'kappa'"), result.err());
        Cli.Result component = dyna("run", "--env", "dyna-maze", "--param", "model=tabular-time", "--out", dir.toString());
        assertEquals(2, component.code());
        assertEquals("dyna run: --param model: choose the model with --model", component.err().strip());
    }

    @Test
    void anUnknownIdIsAUsageErrorListingTheKnownIds() {
        Cli.Result result = dyna("run", "--env", "dyna-maz", "--out", dir.toString());
        assertEquals(2, result.code());
        assertEquals("dyna run: unknown environment 'dyna-maz'; known: acrobot, blocking-maze, boyan-chain, cart-pole, dyna-maze, mountain-car, "
                + "mountain-car-continuous, pendulum, random-task, shortcut-maze; did you mean 'dyna-maze'?",
                result.err().strip());
    }

    @Test
    void aValueOutOfRangeNamesTheParameterAndItsRange() {
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "epsilon=1.5", "--out", dir.toString());
        assertEquals(2, result.code());
        assertEquals("dyna run: parameter epsilon: '1.5' is not valid; expected a value in [0, 1]",
                result.err().strip());
    }

    @Test
    void anUnknownParameterListsTheDeclaredOnes() {
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "planning_steps=5", "--out", dir.toString());
        assertEquals(2, result.code());
        assertEquals(1, lines(result.err()), result.err());
        assertTrue(result.err().contains("unknown parameter 'planning_steps'; the chosen components declare: alpha,"),
                result.err());
    }

    @Test
    void aMalformedMapNamesFileLineAndColumn() throws Exception {
        Path map = dir.resolve("bad.txt");
        Files.writeString(map, "S..\n.x.\n..G\n");
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "map=" + map, "--out", dir.resolve("o").toString());
        assertEquals(2, result.code());
        assertEquals("dyna run: " + map + ":2:2: unknown character 'x'; valid: S (start), G (goal), # (wall), . (free)",
                result.err().strip());
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenIsAUsageError() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--runs", "1", "--episodes", "1",
                "--out", file.resolve("sub").toString());
        assertEquals(2, result.code());
        assertEquals(1, lines(result.err()), result.err());
        assertTrue(result.err().startsWith("dyna run: cannot write to output directory " + file.resolve("sub")),
                result.err());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, dyna("run", "--env", "dyna-maze", "--runs", "0").code());
        assertEquals(2, dyna("run", "--env", "dyna-maze", "--runs", "many").code());
        assertEquals(2, dyna("run", "--env", "dyna-maze", "--param", "alpha").code());
        assertEquals(2, dyna("run").code());
        assertEquals(2, dyna("frobnicate").code());
    }

    /**
     * Tile-coding bounds of several dimensions on the command line: semicolons, or a quoted value
     * that gives the experiment file's bytes. (The two spellings are two configurations, so two
     * seeds, as any two texts of a parameter are.)
     */
    @Test
    void tileCodingBoundsOfEveryDimensionGoOnTheCommandLine() throws Exception {
        Path file = dir.resolve("cart.yaml");
        Files.writeString(file, String.join("\n", "environment: cart-pole", "update-rule: sarsa", "values: linear",
                "features: tile-coding", "model: true-model", "planner: branched-rollouts", "parameters:",
                "  bounds: \"-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5\"", "runs: 1", "stop: {episodes: 3}", ""));
        assertEquals(0, dyna("run", file.toString(), "--out", dir.resolve("file").toString()).code());
        List<String> common = List.of("run", "--env", "cart-pole", "--update-rule", "sarsa", "--values", "linear",
                "--features", "tile-coding", "--model", "true-model", "--planner", "branched-rollouts", "--runs", "1",
                "--episodes", "3");
        for (String bounds : List.of("bounds=\"-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5\"",
                "bounds=-2.4:2.4;-3:3;-0.21:0.21;-3.5:3.5")) {
            List<String> args = new java.util.ArrayList<>(common);
            Path out = dir.resolve("bounds-" + bounds.length());
            args.addAll(List.of("--param", bounds, "--out", out.toString()));
            Cli.Result result = dyna(args.toArray(String[]::new));
            assertEquals(0, result.code(), bounds + ": " + result.err());
            if (bounds.contains("\"")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("file/episodes.csv")),
                        Files.readAllBytes(out.resolve("episodes.csv")), "the quoted value is the file's");
            }
        }
        Cli.Result sweep = dyna("run", "--env", "cart-pole", "--update-rule", "sarsa", "--values", "linear",
                "--features", "tile-coding", "--model", "true-model", "--planner", "branched-rollouts", "--runs", "1", "--episodes", "2", "--param",
                "bounds=\"-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5\",-1:1;-1:1;-1:1;-1:1", "--out",
                dir.resolve("sweep").toString());
        assertEquals(0, sweep.code(), sweep.err());
        assertEquals(1 + 2 * 2, Files.readAllLines(dir.resolve("sweep/episodes.csv")).size(), "two values of bounds");
        Cli.Result unclosed = dyna("run", "--env", "cart-pole", "--features", "tile-coding", "--values", "linear",
                "--param", "bounds=\"-2.4:2.4, -3:3", "--out", dir.resolve("never").toString());
        assertEquals(2, unclosed.code());
        assertTrue(unclosed.err().contains("a quote is not closed"), unclosed.err());
        Cli.Result absurd = dyna("run", "--env", "cart-pole", "--update-rule", "sarsa", "--values", "linear",
                "--features", "tile-coding", "--model", "true-model", "--planner", "branched-rollouts", "--param", "bounds=-1e308:1e308;*;*;*", "--out",
                dir.resolve("never").toString());
        assertEquals(2, absurd.code(), absurd.err());
        assertTrue(absurd.err().contains("wider than a double holds"), absurd.err());
        assertFalse(Files.exists(dir.resolve("never")), "nothing is written for an experiment refused up front");
    }

    @Test
    void stackTracesAppearOnlyWithVerbose() {
        Cli.Result quiet = dyna("run", "--env", "nowhere", "--out", dir.toString());
        assertFalse(quiet.err().contains("\tat "), quiet.err());
        Cli.Result verbose = dyna("run", "--env", "nowhere", "--out", dir.toString(), "--verbose");
        assertEquals(2, verbose.code());
        assertTrue(verbose.err().contains("\tat dyna."), verbose.err());
    }

    @Test
    @Tag("slow")   // 35 s under mutation testing, which leaves it out
    void benchWritesItsFiguresAsJson() throws Exception {
        Path json = dir.resolve("bench.json");
        Cli.Result result = dyna("bench", "--updates", "200000", "--rounds", "3", "--sweep-runs", "40",
                "--ensemble-batches", "10", "--sac-steps", "2", "--json", json.toString());
        assertEquals(0, result.code(), result.err());
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        double framework = figures.get("framework_updates_per_s").asDouble();
        double baseline = figures.get("baseline_updates_per_s").asDouble();
        assertTrue(framework > 0 && baseline > 0);
        assertEquals(framework / baseline, figures.get("ratio").asDouble(), 1e-9);
        assertEquals(40, figures.get("sweep_runs").asInt());
        double one = figures.get("sweep_runs_per_s_1_thread").asDouble();
        double all = figures.get("sweep_runs_per_s_all_threads").asDouble();
        assertEquals(all / one, figures.get("sweep_speedup").asDouble(), 1e-9);
        double share = figures.get("sweep_outside_agents_share").asDouble();
        assertTrue(share < 1, "a share of the sweep's time: " + share);
        double training = figures.get("neural_ms_per_member_training_step").asDouble();
        double handTraining = figures.get("neural_hand_written_ms_per_member_training_step").asDouble();
        assertTrue(training > 0 && handTraining > 0);
        assertEquals(handTraining / training, figures.get("neural_training_ratio").asDouble(), 1e-9);
        assertTrue(figures.get("sac_2x64_ms_per_gradient_step").asDouble() > 0
                && figures.get("sac_2x256_ms_per_gradient_step").asDouble() > 0
                && figures.get("mbpo_rollouts_per_s").asDouble() > 0, figures.toString());
        assertTrue(result.out().contains("ratio"), result.out());
    }

    @Test
    void episodesCutShortAreMarkedInTheCsvAndCountedInTheSummary() throws Exception {
        Path out = dir.resolve("capped");
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--param", "max-episode-steps=5", "--runs", "2",
                "--episodes", "3", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> csv = Files.readAllLines(out.resolve("episodes.csv"));
        assertEquals("run,episode,steps,return,truncated,planning_updates", csv.get(0));
        assertTrue(csv.stream().skip(1).allMatch(line -> line.split(",")[4].equals("1")), "five steps never reach the goal: " + csv);
        assertTrue(csv.stream().skip(1).allMatch(line -> line.endsWith(",25")), "5 planning updates after each of 5 steps: " + csv);
        assertTrue(result.out().contains("6 episode(s) in 2 run(s) ended at a step limit"), result.out());
        Path uncapped = dir.resolve("uncapped");
        Cli.Result whole = dyna("run", "--env", "dyna-maze", "--runs", "2", "--episodes", "3", "--out", uncapped.toString());
        assertFalse(whole.out().contains("ended at a step limit"), whole.out());
    }

    @Test
    void aParameterScopedToAKindIsAColumnOfItsOwn() throws Exception {
        Path out = dir.resolve("scoped");
        Cli.Result result = dyna("run", "--env", "random-task", "--model", "known-dynamics", "--planner",
                "on-policy-expected", "--param", "states=50", "--param", "policy.epsilon=0,1", "--planning-only", "10",
                "--checkpoints", "1", "--runs", "2", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("policy.epsilon,run,updates,start_value", Files.readAllLines(out.resolve("planning.csv")).get(0));
    }
}
