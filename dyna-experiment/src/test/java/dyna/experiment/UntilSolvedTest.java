package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentKind;
import dyna.experiment.reader.ExperimentFile;
import dyna.experiment.stop.UntilSolved;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running until solved: it stops at the first episode whose window of returns reaches the threshold, and counts real steps. */
class UntilSolvedTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();
    private static final AgentSpec SARSA = AgentSpec.dynaQ("cart-pole").with(ComponentKind.MODEL, "no-model")
            .with(ComponentKind.UPDATE_RULE, "sarsa").with(ComponentKind.VALUES, "linear")
            .with(ComponentKind.FEATURES, "tile-coding").with("bounds", "-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5")
            .with("max-size", "65536").with("alpha", "0.0625").with("gamma", "1").with("epsilon", "0.1").with("planning-steps", "0");

    @TempDir
    Path dir;

    private static DynaAgent agent() {
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY, SARSA)).create(3);
    }

    @Test
    void stopsAtTheFirstWindowThatReachesTheThresholdAndCountsItsRealSteps() {
        int episodes = assertStopsWhereTheWindowFirstReaches(100, 5, 200_000);
        assertTrue(episodes > 5, "a fresh agent does not balance the pole for 100 steps at once: " + episodes);
    }

    /** A window longer than the buffer's first size (1,024), which grows as episodes come. */
    @Test
    void aLongWindowIsTheSameMeanOverItsWholeLength() {
        int episodes = assertStopsWhereTheWindowFirstReaches(450, 1_100, 3_000_000);
        assertTrue(episodes > 1_100, "filled past its first size, then moved on: " + episodes);
    }

    /**
     * Every episode of cart-pole returns at least 1, so a threshold of 1 is met by any full window:
     * a run stops exactly when its window first fills, never before (a mean over a window not yet
     * full is no mean over the window).
     */
    @Test
    void aWindowThatIsNotYetFullNeverReportsSolved() {
        for (int window : new int[] {1, 5, 1_100}) {
            RunResult result = new UntilSolved(1, window, 10_000_000).run(agent(), null);
            assertEquals(1, result.series(UntilSolved.REACHED)[0]);
            assertEquals(window, result.counters().episodes(), "window " + window);
        }
    }

    @Test
    void aWindowThatMaxStepsCanNeverFillIsRefused() {
        assertEquals("window 5000 can never be filled within max-steps 1000 (an episode takes at least one "
                + "real step); give a window of at most max-steps", assertThrows(IllegalArgumentException.class,
                        () -> new UntilSolved(475, 5_000, 1_000)).getMessage());
        assertEquals("window must be a whole number in [1, 100000], not 2147483647", assertThrows(
                IllegalArgumentException.class, () -> new UntilSolved(475, Integer.MAX_VALUE, 1_000_000)).getMessage());
    }

    /** Runs until solved, then the same agent episode by episode; returns the episodes both took. */
    private static int assertStopsWhereTheWindowFirstReaches(double threshold, int window, long maxSteps) {
        RunResult result = new UntilSolved(threshold, window, maxSteps).run(agent(), null);
        // The same agent again, episode by episode: where does the mean of the window first reach the threshold?
        DynaAgent again = agent();
        List<Double> returns = new java.util.ArrayList<>();
        long steps = 0;
        int episode = 0;
        boolean reached = false;
        while (!reached && steps < maxSteps) {
            var ended = again.runEpisode();
            returns.add(ended.reward());
            episode++;
            steps += ended.steps();
            if (episode >= window) {
                double sum = 0;
                for (int e = episode - window; e < episode; e++) {
                    sum += returns.get(e);
                }
                reached = sum / window >= threshold;
            }
        }
        assertTrue(reached, "this seed reaches a mean of " + threshold + " over " + window + " episodes within "
                + maxSteps + " steps");
        assertEquals(1, result.series(UntilSolved.REACHED)[0]);
        assertEquals(steps, (long) result.of(UntilSolved.REAL_STEPS)[0]);
        assertEquals(episode, result.counters().episodes());
        return episode;
    }

    @Test
    void givesUpAfterTheEpisodeThatReachesTheCap() {
        RunResult result = new UntilSolved(1e6, 5, 1_000).run(agent(), null);
        assertEquals(0, result.series(UntilSolved.REACHED)[0]);
        long steps = (long) result.of(UntilSolved.REAL_STEPS)[0];
        assertTrue(steps >= 1_000 && steps < 1_500, "stops in the episode that crosses the cap: " + steps);
    }

    @Test
    void isReadFromAFileAndWritesItsTableAndSummary() throws Exception {
        Path file = dir.resolve("solve.yaml");
        Files.writeString(file, """
                environment: cart-pole
                model: no-model
                update-rule: sarsa
                values: linear
                features: tile-coding
                parameters:
                  bounds: "-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5"
                  max-size: 65536
                  alpha: [0.0625, 0.125]
                  gamma: 1
                  epsilon: 0.1
                  planning-steps: 0
                runs: 3
                stop:
                  until-solved: {return: 150, window: 5, max-steps: 100000}
                """);
        ExperimentPlan plan = ExperimentPlan.of(ExperimentFile.read(file), REGISTRY, List.of());
        assertEquals(new UntilSolved(150, 5, 100_000), plan.spec().stop());
        ResultTable table = new ResultTable(plan.sweptNames(), plan.points().stream().map(ExperimentPoint::point).toList(),
                new ExperimentRunner(1).run(plan.points(), 3, plan.spec().stop(), done -> { }).results());
        WrittenResults written = plan.spec().stop().write(dir, table, plan.spec().stop().measures(), "cart-pole", 1,
                ChartOptions.DEFAULT);
        List<String> rows = Files.readAllLines(dir.resolve("solved.csv"));
        assertEquals("alpha,run,solved,real_steps,episodes,updates", rows.get(0));
        assertEquals(7, rows.size());
        assertTrue(written.summary().contains("Real steps until the mean return of 5 episodes reaches 150 (at most 100000)"),
                written.summary());
        assertTrue(written.summary().contains("alpha     solved        mean                95% CI    median"),
                written.summary());
        assertTrue(Files.isRegularFile(dir.resolve("solved.png")));
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals("alpha,measure,x,n,mean,sd,se,ci95_low,ci95_high,median", summary.get(0));
        assertEquals(3, summary.size(), "one row per alpha: " + summary);
        assertTrue(summary.get(1).startsWith("0.0625,real_steps,,3,"), summary.get(1));

        Files.writeString(file, Files.readString(file).replace("return: 150, ", ""));
        ExperimentException missing = assertThrows(ExperimentException.class, () -> ExperimentFile.read(file));
        assertTrue(missing.getMessage().contains("return"), missing.getMessage());
    }

    /**
     * The edges, as documented: a window of the whole of max-steps, and of 100,000, may be given;
     * max-steps must be at least 1; a mean exactly at the threshold solves; a run whose episode
     * ends exactly at max-steps stops there. The condition is keyed until-solved and measures the
     * real steps.
     */
    @Test
    void theEdgesOfItsSettingsAndOfItsRun() {
        assertEquals(5, new UntilSolved(1, 5, 5).window());
        assertEquals(100_000, new UntilSolved(1, 100_000, 100_000).window());
        assertEquals("max-steps must be at least 1, not 0", assertThrows(IllegalArgumentException.class,
                () -> new UntilSolved(1, 1, 0)).getMessage(), "the cap's own error, not the window's");
        UntilSolved some = new UntilSolved(1, 1, 10);
        assertEquals("until-solved", some.key());
        assertEquals(List.of(UntilSolved.REAL_STEPS), some.measures());
        assertTrue(some.bytesPerRun() >= 16, "two numbers a run");

        int first = agent().runEpisode().steps();
        RunResult atThreshold = new UntilSolved(first, 1, 10_000_000).run(agent(), null);
        assertEquals(1, atThreshold.series(UntilSolved.REACHED)[0], "a mean of " + first + " reaches " + first);
        assertEquals(1, atThreshold.counters().episodes());
        RunResult atCap = new UntilSolved(1e6, 1, first).run(agent(), null);
        assertEquals(1, atCap.counters().episodes(), "the first episode ends at max-steps " + first + ": no other");
        assertEquals(first, (long) atCap.of(UntilSolved.REAL_STEPS)[0]);
    }
}
